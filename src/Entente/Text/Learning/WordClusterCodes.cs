namespace Entente.Text.Learning;

/// <summary>
/// Packs the classes of one word under up to two <see cref="WordClusters"/> maps into one integer (each
/// class + 1 in 12 bits, 0 when the word is not clustered), so a model can read a sentence's classes from
/// one array filled once per sentence.
/// </summary>
public static class WordClusterCodes
{
    /// <summary>Most maps packed.</summary>
    public const int MaxMaps = 2;

    /// <summary>Fills the code of each word; does nothing when there are no maps.</summary>
    public static void Fill(IReadOnlyList<WordClusters> maps, ReadOnlySpan<string> words, Span<int> codes)
    {
        if (maps.Count == 0) return;
        for (int i = 0; i < words.Length; i++)
        {
            int code = 0;
            for (int m = 0; m < maps.Count && m < MaxMaps; m++) code |= (maps[m].Of(words[i]) + 1 & 0xFFF) << (12 * m);
            codes[i] = code;
        }
    }
}
