using System.Collections.Frozen;

namespace Entente.Claims.Time;

/// <summary>English words for dates and periods (language data for <see cref="TemporalParser"/>).</summary>
public static class TemporalWords
{
    /// <summary>Month names and abbreviations and their numbers.</summary>
    public static FrozenDictionary<string, int> Months { get; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7,
        ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["sept"] = 9,
        ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Week days.</summary>
    public static FrozenDictionary<string, DayOfWeek> Weekdays { get; } = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Seasons (northern hemisphere) as their first month and length in months.</summary>
    public static FrozenDictionary<string, (int FirstMonth, int Months)> Seasons { get; } = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase)
    {
        ["spring"] = (3, 3), ["summer"] = (6, 3), ["autumn"] = (9, 3), ["fall"] = (9, 3), ["winter"] = (12, 3),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Parts of a year ("early 2020", "the end of 2022") as first month and length in months.</summary>
    public static FrozenDictionary<string, (int FirstMonth, int Months)> YearParts { get; } = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase)
    {
        ["early"] = (1, 4), ["mid"] = (5, 4), ["late"] = (9, 4), ["the beginning of"] = (1, 3), ["the start of"] = (1, 3),
        ["the middle of"] = (5, 4), ["the end of"] = (10, 3), ["the first half of"] = (1, 6), ["the second half of"] = (7, 6),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before an expression that make it a range's start (<c>since</c>) or deadline (<c>by</c>).</summary>
    public static FrozenDictionary<string, Model.TimeExpressionKind> RangeWords { get; } = new Dictionary<string, Model.TimeExpressionKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["since"] = Model.TimeExpressionKind.Since, ["from"] = Model.TimeExpressionKind.Since,
        ["by"] = Model.TimeExpressionKind.Until, ["until"] = Model.TimeExpressionKind.Until, ["till"] = Model.TimeExpressionKind.Until,
        ["before"] = Model.TimeExpressionKind.Until,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Regex of words that make a sentence speak of the future, so bare dates resolve forwards.</summary>
    public const string FuturePattern =
        @"\b(?:will|shall|scheduled|due\s+to|expected\s+to|plans?\s+to|planned|intends?\s+to|upcoming|set\s+to|is\s+to|are\s+to|going\s+to|next)\b|'ll\b|’ll\b";

    /// <summary>Words before a year that make it modify the following noun ("the 2009 pact").</summary>
    public static FrozenSet<string> Determiners { get; } = new[]
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "'s", "’s",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end the noun phrase a year modifies.</summary>
    public static FrozenSet<string> PhraseBreaks { get; } = new[]
    {
        "of", "on", "in", "at", "with", "by", "for", "to", "and", "or", "but", "that", "which", "who", "was", "were", "is", "are",
        "signed", "between", "from", "under", "after", "before", "when", "as",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
