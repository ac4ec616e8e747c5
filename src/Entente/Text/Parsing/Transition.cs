namespace Entente.Text.Parsing;

/// <summary>The four unlabelled moves of the arc-eager system; labels are chosen separately.</summary>
public enum Transition : byte
{
    /// <summary>Push the first buffer word onto the stack.</summary>
    Shift = 0,
    /// <summary>Pop the stack top (which must already have a head).</summary>
    Reduce = 1,
    /// <summary>Attach the stack top to the first buffer word and pop it.</summary>
    LeftArc = 2,
    /// <summary>Attach the first buffer word to the stack top and push it.</summary>
    RightArc = 3,
}
