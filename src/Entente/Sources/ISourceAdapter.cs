namespace Entente.Sources;

/// <summary>Reads one kind of input file into documents.</summary>
public interface ISourceAdapter
{
    /// <summary>True when this adapter handles files with this extension (lower case, with the dot).</summary>
    bool Handles(string extension);

    /// <summary>
    /// Reads the decoded text of a file. <paramref name="id"/> is the stable document id to use
    /// (adapters that read several articles from one file derive their own ids).
    /// </summary>
    IEnumerable<SourceItem> Read(string path, string id, string text, SourceOptions options);
}
