using Entente.Text.Learning;

namespace Entente.Text.Entities;

/// <summary>
/// How each word is usually written in the training text: capitalised or lower case, counted only
/// where case carries meaning (not the first word, not after sentence punctuation, not in sentences
/// typed in one case). Web text capitalises erratically, so "a capitalised word" says less than
/// "a word that is capitalised here but lower case everywhere else" (Great, Sorry, Thanks) or
/// "a lower-case word that is elsewhere always capitalised" (delaware, miramar).
/// Immutable once built; safe to share across threads.
/// </summary>
public sealed class CaseProfile
{
    /// <summary>Code of a word never seen in a position that counts.</summary>
    public const byte Unknown = 0;

    private const int KeyTemplate = 9001;

    // Hash of the lowercased word → 1 + ratio bucket × 3 + count bucket. Hashes, not words, so that a model
    // file carrying the profile stores no word list of its training text.
    private readonly Dictionary<ulong, byte> _codes;

    private CaseProfile(Dictionary<ulong, byte> codes) => _codes = codes;

    /// <summary>An empty profile (every word <see cref="Unknown"/>).</summary>
    public static CaseProfile Empty { get; } = new([]);

    /// <summary>Number of words with a code.</summary>
    public int Count => _codes.Count;

    /// <summary>The codes as (hash of the lowercased word, code).</summary>
    public IEnumerable<KeyValuePair<ulong, byte>> Entries => _codes;

    /// <summary>Creates a profile from stored codes (<see cref="Entries"/>).</summary>
    public static CaseProfile FromCodes(IEnumerable<KeyValuePair<ulong, byte>> codes) => new(codes.ToDictionary());

    /// <summary>Writes the codes (hashed words, in order) into a model file.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(_codes.Count);
        foreach (var (k, v) in _codes.OrderBy(kv => kv.Key)) { w.Write(k); w.Write(v); }
    }

    /// <summary>Reads codes written by <see cref="Write"/>.</summary>
    public static CaseProfile Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n < 0) throw new InvalidDataException("corrupt case-profile section");
        var codes = new Dictionary<ulong, byte>(n);
        for (int i = 0; i < n; i++) codes[r.ReadUInt64()] = r.ReadByte();
        return new CaseProfile(codes);
    }

    /// <summary>Creates a profile from codes stored by word (model files before format 5).</summary>
    public static CaseProfile FromWordCodes(IEnumerable<KeyValuePair<string, byte>> codes) =>
        new(codes.ToDictionary(kv => Key(kv.Key), kv => kv.Value));

    /// <summary>Counts the case of every word of <paramref name="sentences"/> where it counts.</summary>
    public static CaseProfile Build(IEnumerable<string[]> sentences)
    {
        var counts = new Dictionary<ulong, (int Lower, int Upper)>();
        foreach (var words in sentences)
        {
            // Only sentences with capitals beyond the first word: those typed all in lower case, in capitals or in
            // title case say nothing about a word's usual case (counting also sentences with no capital but the
            // first: 71.0 dev F1 against 71.7).
            if (EntityFeatures.Casing(words) != 'n') continue;
            for (int i = 1; i < words.Length; i++)
            {
                int observed = Observe(words, i);
                if (observed < 0) continue;
                var key = Key(words[i]);
                counts.TryGetValue(key, out var c);
                counts[key] = observed == 0 ? (c.Lower + 1, c.Upper) : (c.Lower, c.Upper + 1);
            }
        }
        var codes = new Dictionary<ulong, byte>(counts.Count);
        foreach (var (key, (lower, upper)) in counts) codes[key] = Code(lower, upper);
        return new CaseProfile(codes);
    }

    /// <summary>The code of a word: <see cref="Unknown"/>, or 1 + (capitalised share bucket 0..4) × 3 + (count bucket 0..2).</summary>
    public byte Of(string word) =>
        word.Length <= 64 && _codes.TryGetValue(Key(word), out var code) ? code : Unknown;

    private static ulong Key(ReadOnlySpan<char> word) => FeatureHash.OfLower(KeyTemplate, word);

    private static byte Code(int lower, int upper)
    {
        int total = lower + upper;
        int ratio = upper == 0 ? 0 : lower == 0 ? 4 : upper * 4 < total ? 1 : upper * 4 > total * 3 ? 3 : 2;
        int count = total == 1 ? 0 : total < 4 ? 1 : 2;
        return (byte)(1 + ratio * 3 + count);
    }

    /// <summary>
    /// How word <paramref name="i"/> of a sentence cased normally ('n' <see cref="EntityFeatures.Casing"/>) is written
    /// where case means something: 0 lower case, 1 capitalised, -1 not counted (first word, after punctuation,
    /// all capitals, one letter, not a word).
    /// </summary>
    public static int Observe(ReadOnlySpan<string> words, int i)
    {
        var w = words[i];
        if (i == 0 || w.Length < 2 || !char.IsLetter(w[0]) || !Counts(words[i - 1])) return -1;
        if (char.IsLower(w[0])) return 0;
        return char.IsUpper(w[0]) && !char.IsUpper(w[1]) ? 1 : -1;
    }

    /// <summary>A word after which case means something: not sentence punctuation, quotes or list marks.</summary>
    private static bool Counts(string previous) =>
        previous.Length > 0 && (char.IsLetterOrDigit(previous[0]) || previous == "," || previous == "'s");
}
