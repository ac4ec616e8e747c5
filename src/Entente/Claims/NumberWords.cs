using System.Collections.Frozen;
using System.Globalization;

namespace Entente.Claims;

/// <summary>English number words and magnitude suffixes (language data, shared by dates and amounts).</summary>
public static class NumberWords
{
    /// <summary>Cardinal words and their values.</summary>
    public static FrozenDictionary<string, int> Cardinals { get; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["dozen"] = 12, ["a dozen"] = 12, ["a couple of"] = 2, ["a couple"] = 2, ["a few"] = 3, ["few"] = 3,
        ["several"] = 3,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Magnitude words and suffixes and their multipliers ("bn", "million", "k").</summary>
    public static FrozenDictionary<string, double> Magnitudes { get; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["k"] = 1e3, ["million"] = 1e6, ["mn"] = 1e6, ["m"] = 1e6, ["mln"] = 1e6,
        ["billion"] = 1e9, ["bn"] = 1e9, ["b"] = 1e9, ["bln"] = 1e9, ["trillion"] = 1e12, ["tn"] = 1e12, ["trn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The regex alternation of cardinal words, longest first.</summary>
    public static string Pattern { get; } = string.Join("|", Cardinals.Keys.OrderByDescending(k => k.Length).Select(k => k.Replace(" ", @"\s+")));

    /// <summary>Parses digits ("1,000", "2.5") or a cardinal word; false for anything else.</summary>
    public static bool TryParse(string text, out double value)
    {
        text = text.Trim();
        if (double.TryParse(text.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return true;
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (Cardinals.TryGetValue(collapsed, out int n)) { value = n; return true; }
        // "twenty-five"
        var parts = collapsed.Split('-');
        if (parts.Length == 2 && Cardinals.TryGetValue(parts[0], out int tens) && tens >= 20 && Cardinals.TryGetValue(parts[1], out int ones) && ones < 10)
        {
            value = tens + ones;
            return true;
        }
        value = 0;
        return false;
    }
}
