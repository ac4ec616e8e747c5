namespace Entente.Model;

/// <summary>A half-open range [Start, End) of character offsets into a document's text.</summary>
public readonly record struct CharSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(CharSpan other) => Start < other.End && other.Start < End;

    /// <summary>The smallest span covering both.</summary>
    public CharSpan Union(CharSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}, {End})";
}
