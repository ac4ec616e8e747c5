namespace Entente.Actors;

/// <summary>
/// A generic agent ("police", "the foreign ministry", "state media") that takes its country from
/// context: the final code is <see cref="Prefix"/> + country + <see cref="Suffix"/> (the field's
/// <c>[~COP]</c> is suffix COP; <c>[NGO~]</c> is prefix NGO). When <see cref="Office"/> is set the
/// phrase names a single office ("president", "foreign minister") whose holder can be looked up.
/// </summary>
public sealed record AgentEntry(string Name, string Prefix, string Suffix, string? Office, bool Plural, string Source)
{
    /// <summary>Combines the agent with a country or organisation code.</summary>
    public string Apply(string? actorCode) => Prefix + (actorCode ?? "") + Suffix;
}
