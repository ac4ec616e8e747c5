namespace Entente.Text.Learning;

/// <summary>
/// FNV-1a 64-bit hashing of a feature template id and its string parts into one key, so that
/// feature extraction never concatenates strings. Hashes are stable across runs and platforms,
/// which is what lets a model file store keys instead of feature strings.
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Key of a template with no parts (e.g. the bias).</summary>
    public static ulong Of(int template) => Mix(Offset, template);

    /// <summary>Key of a template with one string part.</summary>
    public static ulong Of(int template, ReadOnlySpan<char> a) => Add(Mix(Offset, template), a);

    /// <summary>Key of a template with two string parts.</summary>
    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        Add(Add(Mix(Offset, template), a), b);

    /// <summary>Key of a template with one integer part (e.g. a previous tag id).</summary>
    public static ulong Of(int template, int a) => Mix(Mix(Offset, template), a);

    /// <summary>Key of a template with two integer parts.</summary>
    public static ulong Of(int template, int a, int b) => Mix(Mix(Mix(Offset, template), a), b);

    /// <summary>Key of a template with an integer and a string part.</summary>
    public static ulong Of(int template, int a, ReadOnlySpan<char> b) => Add(Mix(Mix(Offset, template), a), b);

    /// <summary>Key of a template with one string part, lowercased while hashing (no allocation).</summary>
    public static ulong OfLower(int template, ReadOnlySpan<char> a) => AddLower(Mix(Offset, template), a);

    /// <summary>Key of a template with a lowercased string part and an integer part.</summary>
    public static ulong OfLower(int template, ReadOnlySpan<char> a, int b) => Mix(AddLower(Mix(Offset, template), a), b);

    /// <summary>Key of a template with two lowercased string parts.</summary>
    public static ulong OfLower(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        AddLower(AddLower(Mix(Offset, template), a), b);

    /// <summary>
    /// Extends a key by one more string part, lowercased while hashing: hashing a phrase word by word gives the
    /// same key as <see cref="OfLower(int, ReadOnlySpan{char}, ReadOnlySpan{char})"/> does for two words.
    /// </summary>
    public static ulong ExtendLower(ulong key, ReadOnlySpan<char> part) => AddLower(key, part);

    private static ulong AddLower(ulong h, ReadOnlySpan<char> s)
    {
        unchecked
        {
            foreach (char c0 in s)
            {
                char c = char.ToLowerInvariant(c0);
                h = (h ^ (byte)c) * Prime;
                h = (h ^ (byte)(c >> 8)) * Prime;
            }
            h = (h ^ 0xFF) * Prime;
            return h;
        }
    }

    private static ulong Mix(ulong h, int v)
    {
        unchecked
        {
            h = (h ^ (byte)v) * Prime;
            h = (h ^ (byte)(v >> 8)) * Prime;
            h = (h ^ (byte)(v >> 16)) * Prime;
            h = (h ^ (byte)(v >> 24)) * Prime;
            return h;
        }
    }

    private static ulong Add(ulong h, ReadOnlySpan<char> s)
    {
        unchecked
        {
            foreach (char c in s)
            {
                h = (h ^ (byte)c) * Prime;
                h = (h ^ (byte)(c >> 8)) * Prime;
            }
            // A separator so that ("ab","c") and ("a","bc") differ.
            h = (h ^ 0xFF) * Prime;
            return h;
        }
    }
}
