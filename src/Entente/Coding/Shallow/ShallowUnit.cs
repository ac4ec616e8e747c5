namespace Entente.Coding.Shallow;

/// <summary>
/// An actor as the shallow coder sees it: a phrase (with any agent joined to it), a parsed compound of several,
/// a converted agent or a pronoun standing for another unit. Its codes are what events are made of.
/// </summary>
internal sealed class ShallowUnit
{
    internal int Start;      // first word
    internal int End;        // last word
    internal List<string> Codes = [];
    internal bool IsCompound;
    internal bool Absorbed;  // merged into a compound
    internal bool IsPronoun;

    /// <summary>True when some code differs from every code of <paramref name="other"/>.</summary>
    internal bool DiffersFrom(ShallowUnit? other) => other is null || Codes.Any(c => !other.Codes.Contains(c));
}
