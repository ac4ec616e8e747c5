namespace Entente.Coding.Shallow;

/// <summary>
/// One phrase of a TABARI dictionary with what it is: an actor (dated codes), an agent (a <c>~ROLE</c> or
/// <c>ROLE~</c> code), a verb root or irregular form, a noun, an adjective or a time-shifting phrase.
/// </summary>
/// <param name="Words">The phrase's words.</param>
/// <param name="Kind">Its word kind.</param>
/// <param name="Codes">Actor codes with date restrictions (actors only).</param>
/// <param name="AgentCode">The agent's code with its <c>~</c> (agents only).</param>
/// <param name="Verb">The verb root (verbs only).</param>
/// <param name="TimeCode">The time phrase's code (time only): days, null, discard or complex.</param>
public sealed record ShallowEntry(
    ShallowPhraseWord[] Words,
    ShallowWordKind Kind,
    IReadOnlyList<ShallowDatedCode>? Codes = null,
    string? AgentCode = null,
    ShallowVerb? Verb = null,
    ShallowCode? TimeCode = null)
{
    /// <summary>Letters and digits of the phrase: longer phrases win.</summary>
    public int Length { get; } = ShallowPhraseWord.Length(Words);
}
