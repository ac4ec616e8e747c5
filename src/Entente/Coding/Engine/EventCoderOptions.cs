namespace Entente.Coding.Engine;

/// <summary>Switches of the event coder. Immutable; the defaults suit news coding.</summary>
public sealed record EventCoderOptions
{
    /// <summary>Only events with a source actor are coded (PETRARCH and TABARI do the same).</summary>
    public bool RequireSource { get; init; } = true;

    /// <summary>Only events with both actors are coded (PETRARCH's <c>require_dyad</c>).</summary>
    public bool RequireTarget { get; init; }

    /// <summary>Code event nouns ("Modi's visit to Moscow") as well as verbs.</summary>
    public bool CodeNominals { get; init; } = true;

    /// <summary>
    /// TABARI's shallow reading, for its dictionaries and suite: when the structure gives no target, the first
    /// actor after the predicate is the target, and a dictionary verb that the tagger calls a noun (without a
    /// determiner) is still a verb.
    /// </summary>
    public bool Shallow { get; init; }

    /// <summary>Source to use when a coded predicate has none (TABARI's <c>DEFAULT: SOURCE [X]</c>); null for none.</summary>
    public Model.ActorRef? DefaultSource { get; init; }

    /// <summary>Target to use when a coded predicate has none (TABARI's <c>DEFAULT: TARGET [Y]</c>); null for none.</summary>
    public Model.ActorRef? DefaultTarget { get; init; }

    /// <summary>
    /// Drop events whose source and target are the same actor: the same code, or a state and its own government
    /// (<c>CHN</c> and <c>CHNGOV</c>), which CAMEO treats as one agent.
    /// </summary>
    public bool DropSelfEvents { get; init; } = true;
}
