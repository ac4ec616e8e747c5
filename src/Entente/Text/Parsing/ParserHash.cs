using System.Runtime.CompilerServices;

namespace Entente.Text.Parsing;

/// <summary>
/// Stable 64-bit hashing of words and feature atoms. Words are hashed once per token (lowercased,
/// digits folded to 0) and features combine atoms by integer mixing, so extraction never builds strings.
/// </summary>
internal static class ParserHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>The atom used for a position that does not exist (empty stack, no child...).</summary>
    public const ulong None = 0x5BD1E9955BD1E995UL;

    /// <summary>Hash of a string as written.</summary>
    public static ulong Of(ReadOnlySpan<char> s)
    {
        ulong h = FnvOffset;
        foreach (char c in s) h = (h ^ c) * FnvPrime;
        return Finish(h);
    }

    /// <summary>Hash of a word form normalised for features: lowercase, every digit folded to 0.</summary>
    public static ulong OfNormalised(ReadOnlySpan<char> s)
    {
        ulong h = FnvOffset ^ 0x77;
        foreach (char c0 in s)
        {
            char c = char.IsAsciiDigit(c0) ? '0' : char.ToLowerInvariant(c0);
            h = (h ^ c) * FnvPrime;
        }
        return Finish(h);
    }

    /// <summary>Hash of the last <paramref name="n"/> characters, lowercased.</summary>
    public static ulong OfSuffix(ReadOnlySpan<char> s, int n)
    {
        var tail = s.Length > n ? s[^n..] : s;
        ulong h = FnvOffset ^ (ulong)(0x100 + n);
        foreach (char c in tail) h = (h ^ char.ToLowerInvariant(c)) * FnvPrime;
        return Finish(h);
    }

    // Feature keys chain atoms polynomially and finalise once: atoms are already well-mixed
    // 64-bit hashes, so one finaliser per key is enough and keeps extraction cheap.
    private const ulong P = 0x9E3779B97F4A7C15UL;

    /// <summary>Key of a one-atom template.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong F(int template, ulong a) => Finish(((ulong)template + 1) * P + a);

    /// <summary>Key of a two-atom template.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong F(int template, ulong a, ulong b) => Finish((((ulong)template + 1) * P + a) * P + b);

    /// <summary>Key of a three-atom template.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong F(int template, ulong a, ulong b, ulong c) => Finish(((((ulong)template + 1) * P + a) * P + b) * P + c);

    /// <summary>Key of a four-atom template.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong F(int template, ulong a, ulong b, ulong c, ulong d) =>
        Finish((((((ulong)template + 1) * P + a) * P + b) * P + c) * P + d);

    /// <summary>The splitmix64 finaliser: spreads every input bit over the top bits used as table index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
