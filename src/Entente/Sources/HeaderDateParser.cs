using System.Globalization;
using System.Text.RegularExpressions;

namespace Entente.Sources;

/// <summary>
/// Finds a calendar date in a header line or a meta tag: "Tuesday, 4 March 2025", "4 March 2025",
/// "March 4, 2025", "Mar. 4 2025", "2025-03-04", "2025-03-04T09:30:00Z". Used for publication dates
/// only; dates inside the body are the claims stage's job.
/// </summary>
public static partial class HeaderDateParser
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    [GeneratedRegex(@"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")]
    private static partial Regex MonthDayYear();

    /// <summary>Finds the first date in <paramref name="text"/>; returns the date and the matched span.</summary>
    public static bool TryFind(string text, out DateOnly date, out int index, out int length)
    {
        date = default;
        index = length = 0;
        var best = (Index: int.MaxValue, Length: 0, Date: default(DateOnly));
        foreach (Match m in Iso().Matches(text))
            if (TryMake(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value), out var d)) { Keep(ref best, m, d); break; }
        foreach (Match m in DayMonthYear().Matches(text))
            if (MonthOf(m.Groups[2].Value) is int mo && TryMake(int.Parse(m.Groups[3].Value), mo, int.Parse(m.Groups[1].Value), out var d)) { Keep(ref best, m, d); break; }
        foreach (Match m in MonthDayYear().Matches(text))
            if (MonthOf(m.Groups[1].Value) is int mo && TryMake(int.Parse(m.Groups[3].Value), mo, int.Parse(m.Groups[2].Value), out var d)) { Keep(ref best, m, d); break; }
        if (best.Index == int.MaxValue) return false;
        (date, index, length) = (best.Date, best.Index, best.Length);
        // Swallow a weekday name just before the date ("Tuesday, 4 March 2025").
        var before = text[..index].TrimEnd(' ', ',');
        foreach (var day in CultureInfo.InvariantCulture.DateTimeFormat.DayNames)
            if (before.EndsWith(day, StringComparison.OrdinalIgnoreCase))
            {
                int start = before.Length - day.Length;
                length += index - start;
                index = start;
                break;
            }
        return true;
    }

    /// <summary>Parses a whole value (e.g. a meta tag's content) as a date.</summary>
    public static DateOnly? Parse(string? value) =>
        value is not null && TryFind(value, out var d, out _, out _) ? d : null;

    private static void Keep(ref (int Index, int Length, DateOnly Date) best, Match m, DateOnly d)
    {
        if (m.Index < best.Index) best = (m.Index, m.Length, d);
    }

    private static int? MonthOf(string name)
    {
        if (name.Length < 3) return null;
        var key = name[..3].ToLowerInvariant();
        int i = Array.IndexOf(Months, key);
        if (i < 0) return null;
        // Accept only real month names or their abbreviations, not any word starting with "mar".
        var full = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[i];
        return full.StartsWith(name, StringComparison.OrdinalIgnoreCase) || (name.Equals("sept", StringComparison.OrdinalIgnoreCase)) ? i + 1 : null;
    }

    private static bool TryMake(int y, int m, int d, out DateOnly date)
    {
        date = default;
        if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }
}
