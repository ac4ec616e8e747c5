using System.Collections.Frozen;

namespace Entente.Claims.Amounts;

/// <summary>English words for quantities (language data for <see cref="AmountParser"/>).</summary>
public static class AmountWords
{
    private static readonly double Inf = double.PositiveInfinity;

    /// <summary>Approximation words before a number and the bounds they give ("more than 300" is 300 to ∞).</summary>
    public static FrozenDictionary<string, Approximation> Approximations { get; } = new Dictionary<string, Approximation>(StringComparer.OrdinalIgnoreCase)
    {
        ["more than"] = new(1, Inf), ["over"] = new(1, Inf), ["above"] = new(1, Inf), ["in excess of"] = new(1, Inf),
        ["upwards of"] = new(1, Inf), ["exceeding"] = new(1, Inf), ["at least"] = new(1, Inf), ["no fewer than"] = new(1, Inf),
        ["no less than"] = new(1, Inf), ["a minimum of"] = new(1, Inf), ["just over"] = new(1, 1.1), ["just above"] = new(1, 1.1),
        ["nearly"] = new(0.9, 1), ["almost"] = new(0.9, 1), ["close to"] = new(0.9, 1.05), ["just under"] = new(0.9, 1),
        ["just short of"] = new(0.9, 1), ["about"] = new(0.9, 1.1), ["around"] = new(0.9, 1.1), ["roughly"] = new(0.9, 1.1),
        ["approximately"] = new(0.9, 1.1), ["some"] = new(0.9, 1.1), ["an estimated"] = new(0.9, 1.1), ["estimated"] = new(0.9, 1.1),
        ["circa"] = new(0.9, 1.1), ["an approximate"] = new(0.9, 1.1), ["up to"] = new(0, 1), ["as many as"] = new(0, 1),
        ["as much as"] = new(0, 1), ["at most"] = new(0, 1), ["no more than"] = new(0, 1), ["fewer than"] = new(0, 1),
        ["less than"] = new(0, 1), ["under"] = new(0, 1), ["below"] = new(0, 1), ["a maximum of"] = new(0, 1),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Vague quantities ("thousands of shells") as a representative value and bounds.</summary>
    public static FrozenDictionary<string, (double Value, double Low, double High)> Vague { get; } = new Dictionary<string, (double, double, double)>(StringComparer.OrdinalIgnoreCase)
    {
        ["a handful of"] = (4, 2, 6), ["a few"] = (3, 2, 5), ["several"] = (5, 3, 9), ["a dozen"] = (12, 12, 12), ["dozens of"] = (50, 24, 144),
        ["scores of"] = (60, 40, 200), ["hundreds of"] = (500, 200, 999), ["thousands of"] = (5000, 2000, 99_999),
        ["tens of thousands of"] = (50_000, 20_000, 99_999), ["hundreds of thousands of"] = (500_000, 200_000, 999_999),
        ["millions of"] = (5e6, 2e6, 999e6), ["billions of"] = (5e9, 2e9, 999e9),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Currency symbols and words and their ISO 4217 codes.</summary>
    public static FrozenDictionary<string, string> Currencies { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["$"] = "USD", ["US$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₹"] = "INR", ["₽"] = "RUB",
        ["dollars"] = "USD", ["dollar"] = "USD", ["euros"] = "EUR", ["euro"] = "EUR", ["pounds"] = "GBP", ["yuan"] = "CNY",
        ["renminbi"] = "CNY", ["yen"] = "JPY", ["rupees"] = "INR", ["roubles"] = "RUB", ["rubles"] = "RUB", ["dong"] = "VND",
        ["won"] = "KRW", ["pesos"] = "PHP", ["hryvnias"] = "UAH", ["shekels"] = "ILS", ["rials"] = "IRR", ["lira"] = "TRY",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Time units: a count of these is a duration, not a quantity of things.</summary>
    public static FrozenSet<string> TimeUnits { get; } = new[]
    {
        "second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century", "quarter", "season",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end the counted noun phrase ("120 missiles to Vietnam").</summary>
    public static FrozenSet<string> PhraseBreaks { get; } = new[]
    {
        "to", "from", "in", "on", "at", "by", "for", "with", "into", "over", "under", "and", "or", "but", "that", "which", "who",
        "were", "was", "is", "are", "had", "have", "has", "will", "would", "could", "said", "says", "as", "than", "per", "each",
        "since", "after", "before", "during", "between", "across", "against", "this", "last", "next", "the", "a", "an", "its",
        "their", "of", "ago", "earlier", "later", "more", "fewer", "less", "be", "been", "being", "did", "do", "does", "it", "they",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Measure nouns whose "of" phrase says what is counted ("12 rounds of talks", "three batches of missiles").</summary>
    public static FrozenSet<string> MeasureNouns { get; } = new[]
    {
        "round", "batch", "tonne", "ton", "barrel", "unit", "shipment", "consignment", "set", "piece", "cubic metre", "kilogram",
        "litre", "squadron", "battalion", "brigade", "division", "regiment", "wave", "convoy", "truckload", "lot", "tranche",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Regex of words before a figure that credit it to someone else.</summary>
    public const string AttributionPattern =
        @"\baccording\s+to\s+(?<src>[^,.;""“”]+)|,\s*(?<src>(?:[\p{L}\-’']+\s+){0,7}?[\p{L}\-’']+)\s+(?:said|says|say|told|reported|added|estimated|claimed)\b";
}
