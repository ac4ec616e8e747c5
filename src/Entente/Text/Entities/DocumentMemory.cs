using Entente.Text.Learning;

namespace Entente.Text.Entities;

/// <summary>
/// What a first pass of the recognizer said about each word form in one document: a name is
/// usually mentioned several times, and one clear mention ("Miramar is in California") tells
/// how to read the unclear ones. Feeds the second pass with these counts and the first-pass
/// labels around each word.
/// </summary>
internal sealed class DocumentMemory
{
    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal); // lowercased word → count per type (0 = O)
    private readonly int _types;

    /// <summary>Creates an empty memory for <paramref name="types"/> entity types.</summary>
    public DocumentMemory(int types) => _types = types;

    /// <summary>Type of a BILOU label: 0 for O, else 1 + type index.</summary>
    public static int TypeOf(int label) => label == 0 ? 0 : (label - 1) / 4 + 1;

    /// <summary>Adds the first-pass labels of one sentence.</summary>
    public void Add(ReadOnlySpan<string> words, ReadOnlySpan<int> labels)
    {
        for (int i = 0; i < words.Length; i++)
        {
            if (!Counts(words[i])) continue;
            var key = words[i].ToLowerInvariant();
            if (!_counts.TryGetValue(key, out var c)) _counts[key] = c = new int[_types + 1];
            c[TypeOf(labels[i])]++;
        }
    }

    /// <summary>Writes the document features of word <paramref name="i"/> and returns how many.</summary>
    public int Extract(ReadOnlySpan<string> words, ReadOnlySpan<int> first, int i, Span<ulong> f)
    {
        int n = 0;
        int own = TypeOf(first[i]);
        f[n++] = FeatureHash.Of(181, first[i]);
        f[n++] = FeatureHash.Of(183, i > 0 ? TypeOf(first[i - 1]) : -1, i + 1 < words.Length ? TypeOf(first[i + 1]) : -1);
        if (!Counts(words[i]) || !_counts.TryGetValue(words[i].ToLowerInvariant(), out var c)) return n;
        int others = -1; // this word itself is counted once under its own type
        foreach (int x in c) others += x;
        if (others <= 0) return n;
        for (int t = 0; t <= _types; t++)
        {
            int k = c[t] - (t == own ? 1 : 0);
            if (k <= 0) continue;
            f[n++] = FeatureHash.Of(180, t * 4 + (k == others ? 1 : 0) + (own == t ? 2 : 0));
        }
        return n;
    }

    /// <summary>Upper bound on the number of document features of one word.</summary>
    public const int Max = 8;

    /// <summary>Only words that can be (part of) names are remembered: letters first, more than one character.</summary>
    private static bool Counts(string w) => w.Length > 1 && char.IsLetter(w[0]);
}
