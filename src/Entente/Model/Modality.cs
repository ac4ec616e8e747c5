namespace Entente.Model;

/// <summary>Whether an event is stated as having happened, and how; serialised in lower case.</summary>
public enum Modality
{
    /// <summary>Stated as fact by the writer.</summary>
    Asserted = 0,
    /// <summary>Stated as not having happened ("did not sign").</summary>
    Negated,
    /// <summary>Possible, conditional or threatened ("could", "if").</summary>
    Hypothetical,
    /// <summary>Planned or announced for later ("will visit").</summary>
    Future,
    /// <summary>Attributed to a speaker ("X said Y had ...").</summary>
    Reported,
}
