using System.Globalization;
using System.Text.RegularExpressions;
using Entente.Model;

namespace Entente.Analysis.Treaties;

/// <summary>
/// The date a sentence gives for what it reports: an explicit date ("4 March 2025", "March 2025",
/// "in 2016") or a weekday ("on Tuesday") counted back from the publication date.
/// </summary>
public static class TreatyDates
{
    private const string Month = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static readonly Regex DayMonthYear = new($@"\b(\d{{1,2}}) {Month},? (\d{{4}})\b", RegexOptions.CultureInvariant);
    private static readonly Regex MonthDayYear = new($@"\b{Month} (\d{{1,2}}),? (\d{{4}})\b", RegexOptions.CultureInvariant);
    private static readonly Regex MonthYear = new($@"\b{Month} (\d{{4}})\b", RegexOptions.CultureInvariant);
    private static readonly Regex Year = new(@"\b(?:in|since|of) ((?:19|20)\d\d)\b", RegexOptions.CultureInvariant);
    private static readonly Regex Weekday = new(@"\b(?:on|last|this) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant);
    private static readonly Regex Relative = new(@"\b(today|yesterday)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// The first date stated in <paramref name="text"/> outside <paramref name="skip"/> (offsets into
    /// the text), or <see cref="EventDate.Unknown"/>.
    /// </summary>
    public static EventDate Find(string text, DateOnly? published, Func<int, bool>? skip = null)
    {
        skip ??= _ => false;
        foreach (Match m in DayMonthYear.Matches(text))
            if (!skip(m.Index) && TryDay(int.Parse(m.Groups[3].Value), m.Groups[2].Value, int.Parse(m.Groups[1].Value), out var d)) return d;
        foreach (Match m in MonthDayYear.Matches(text))
            if (!skip(m.Index) && TryDay(int.Parse(m.Groups[3].Value), m.Groups[1].Value, int.Parse(m.Groups[2].Value), out var d)) return d;
        foreach (Match m in MonthYear.Matches(text))
            if (!skip(m.Index)) return EventDate.OfMonth(int.Parse(m.Groups[2].Value), MonthNumber(m.Groups[1].Value));
        if (published is { } pub)
        {
            foreach (Match m in Weekday.Matches(text))
            {
                if (skip(m.Index)) continue;
                var day = Enum.Parse<DayOfWeek>(m.Groups[1].Value);
                int back = ((int)pub.DayOfWeek - (int)day + 7) % 7;
                return EventDate.OfDay(pub.AddDays(-back));
            }
            foreach (Match m in Relative.Matches(text))
                if (!skip(m.Index)) return EventDate.OfDay(m.Value.Equals("today", StringComparison.OrdinalIgnoreCase) ? pub : pub.AddDays(-1));
        }
        foreach (Match m in Year.Matches(text))
            if (!skip(m.Index)) return EventDate.OfYear(int.Parse(m.Groups[1].Value));
        return EventDate.Unknown;
    }

    private static bool TryDay(int year, string month, int day, out EventDate date)
    {
        int m = MonthNumber(month);
        date = day >= 1 && day <= DateTime.DaysInMonth(year, m) ? EventDate.OfDay(new DateOnly(year, m, day)) : EventDate.Unknown;
        return date.Date is not null;
    }

    private static int MonthNumber(string name) => DateTime.ParseExact(name, "MMMM", CultureInfo.InvariantCulture).Month;
}
