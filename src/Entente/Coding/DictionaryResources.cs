namespace Entente.Coding;

/// <summary>
/// Opens the dictionaries we ship (the repository's <c>dictionaries/</c> folder, embedded in this
/// assembly under the logical name <c>dictionaries/...</c>).
/// </summary>
public static class DictionaryResources
{
    /// <summary>Opens an embedded dictionary, e.g. <c>cameo/quad-classes.tsv</c>.</summary>
    /// <exception cref="FileNotFoundException">No such dictionary is embedded.</exception>
    public static Stream Open(string relativePath) =>
        typeof(DictionaryResources).Assembly.GetManifestResourceStream("dictionaries/" + relativePath)
        ?? throw new FileNotFoundException($"embedded dictionary 'dictionaries/{relativePath}' is missing", relativePath);

    /// <summary>Reads an embedded dictionary as text.</summary>
    public static string ReadText(string relativePath)
    {
        using var reader = new StreamReader(Open(relativePath));
        return reader.ReadToEnd();
    }
}
