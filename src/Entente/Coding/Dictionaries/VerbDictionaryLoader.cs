namespace Entente.Coding.Dictionaries;

/// <summary>Loads verb dictionaries in any supported format, and our own shipped one.</summary>
public static class VerbDictionaryLoader
{
    /// <summary>Our own dictionary, <c>dictionaries/verbs/entente.verbs</c>, embedded in the assembly.</summary>
    public static VerbDictionary LoadDefault() =>
        PetrarchVerbReader.Read("entente.verbs", DictionaryResources.ReadText("verbs/entente.verbs"));

    /// <summary>
    /// Reads a file, telling the format from its content: PETRARCH's (and ours) has <c>--- VERB [code] ---</c>
    /// block headers, TABARI's has none.
    /// </summary>
    public static VerbDictionary Load(string path)
    {
        var text = File.ReadAllText(path, System.Text.Encoding.Latin1);
        var name = Path.GetFileName(path);
        return IsPetrarchFormat(text) ? PetrarchVerbReader.Read(name, text) : TabariVerbReader.Read(name, text);
    }

    /// <summary>True when the text has PETRARCH-style block headers.</summary>
    public static bool IsPetrarchFormat(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var t = line.Trim();
            if (t.StartsWith("---") && t.EndsWith("---") && t.IndexOf('[') > 0) return true;
        }
        return false;
    }
}
