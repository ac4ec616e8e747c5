namespace Entente.Sources;

/// <summary>Settings that apply to every adapter of one ingest.</summary>
public sealed record SourceOptions
{
    /// <summary>Overrides the publication date of every document read.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>Overrides the publication name of every document read.</summary>
    public string? Source { get; init; }
    /// <summary>Largest file accepted, in bytes; larger files are rejected, not truncated.</summary>
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;
    /// <summary>Largest single article accepted, in characters.</summary>
    public int MaxDocumentChars { get; init; } = 2 * 1024 * 1024;
}
