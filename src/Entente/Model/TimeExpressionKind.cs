namespace Entente.Model;

/// <summary>How a temporal expression relates its date to the event; serialised in lower case.</summary>
public enum TimeExpressionKind
{
    /// <summary>The event happens at the date ("on Tuesday", "in 2019", "last spring").</summary>
    Point = 0,
    /// <summary>The event starts at the date and goes on ("since 2015").</summary>
    Since,
    /// <summary>The event happens before a deadline ("by the end of 2022", "within two years").</summary>
    Until,
}
