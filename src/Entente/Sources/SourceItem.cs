using Entente.Model;

namespace Entente.Sources;

/// <summary>
/// What a source adapter yields for one input: a document ready for the pipeline, or the reason
/// the input could not be read. Failures name the file (and line, for JSONL) so a batch can go on.
/// </summary>
public sealed record SourceItem
{
    /// <summary>The document, or null when reading failed.</summary>
    public Document? Document { get; init; }
    /// <summary>File path (and <c>:line</c> for JSONL) of the input.</summary>
    public required string Origin { get; init; }
    /// <summary>Why the input was rejected, or null.</summary>
    public string? Error { get; init; }
    /// <summary>Problems that did not stop the document from being read (e.g. a legacy encoding).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>A successfully read document.</summary>
    public static SourceItem Ok(Document doc, string origin, IReadOnlyList<string>? warnings = null) =>
        new() { Document = doc, Origin = origin, Warnings = warnings ?? [] };

    /// <summary>A rejected input.</summary>
    public static SourceItem Failed(string origin, string error) => new() { Origin = origin, Error = error };
}
