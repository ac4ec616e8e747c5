using System.Text.RegularExpressions;
using Entente.Model;
using static Entente.Claims.Time.TemporalWords;

namespace Entente.Claims.Time;

/// <summary>
/// The temporal expressions Entente recognises, as ordered rules. Absolute dates ("4 March 2025", "in 2019") need
/// no context; deictic ones ("today", "last month", "on Tuesday", "a decade ago") use the publication date;
/// anaphoric ones ("three years earlier", "the following day") use the document's previous date.
/// </summary>
public static class TemporalRules
{
    private const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private const string Month = "(?<mon>(?-i:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))";
    private const string Weekday = "(?<wd>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))";
    private const string Unit = "(?<unit>day|week|month|year|decade|centur(?:y|ie))s?";
    private static readonly string Num = $@"(?<n>\d+|{NumberWords.Pattern})";
    private const string Year = @"(?<y>1[6-9]\d\d|20\d\d)";

    // Cue words (declared before All: static fields initialise in text order). "" stands for "any digit".
    private static readonly string[] Digits = [""];
    private static readonly string[] MonthCues = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private static readonly string[] SeasonCues = ["spring", "summer", "autumn", "fall", "winter"];

    /// <summary>All rules; longer matches win over shorter overlapping ones, earlier rules break ties.</summary>
    public static IReadOnlyList<TemporalRule> All { get; } =
    [
        new("iso", R($@"\b{Year}-(?<m>\d\d)-(?<d>\d\d)\b"), (m, _) => Day(Int(m, "y"), Int(m, "m"), Int(m, "d"))) { Cues = Digits },
        new("day-month-year", R($@"\b(?<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{Month}\.?,?\s+{Year}\b"), (m, _) => Day(Int(m, "y"), Mon(m), Int(m, "d")), true) { Cues = MonthCues },
        new("month-day-year", R($@"\b{Month}\.?\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{Year}\b"), (m, _) => Day(Int(m, "y"), Mon(m), Int(m, "d")), true) { Cues = MonthCues },
        new("day-month", R($@"\b(?<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{Month}\b"), (m, c) => DayNoYear(c, Mon(m), Int(m, "d"))) { Cues = MonthCues },
        new("month-day", R($@"\b{Month}\.?\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d)"), (m, c) => DayNoYear(c, Mon(m), Int(m, "d"))) { Cues = MonthCues },
        new("month-year", R($@"\b{Month}\.?,?\s+{Year}\b"), (m, _) => ResolvedTime.OfMonth(Int(m, "y"), Mon(m)), true) { Cues = MonthCues },
        new("part-of-year", R($@"\b(?<part>early|mid|late|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+end\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of)[\s-]+{Year}\b"),
            (m, _) => YearPart(m)) { Cues = Digits },
        new("part-of-month", R($@"\b(?<part>early|mid|late|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+end\s+of)[\s-]+{Month}\b(?!\s*\d)"),
            (m, c) => MonthNoYear(c, Mon(m), null)) { Cues = MonthCues },
        new("season-year", R($@"\b(?:the\s+)?(?<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?{Year}\b"), (m, _) => Season(m.Groups["season"].Value, Int(m, "y"))) { Cues = SeasonCues },
        new("season", R(@"\b(?<rel>last|this|next|past)\s+(?<season>spring|summer|autumn|fall|winter)\b"), (m, c) => RelativeSeason(m, c)) { Cues = SeasonCues },
        new("decade", R($@"\bthe\s+(?<y>1[6-9]\d0|20\d0)s\b"), (m, _) => Decade(Int(m, "y"))) { Cues = ["0s"] },
        new("month", R($@"\b(?:(?<rel>last|next|this)\s+|(?<=\b(?:in|since|by|until|before|after|from|during|of)\s+)){Month}\b(?!\s*\d)"),
            (m, c) => MonthNoYear(c, Mon(m), m.Groups["rel"].Success ? m.Groups["rel"].Value.ToLowerInvariant() : null)) { Cues = MonthCues },
        new("year", R($@"(?<![$€£¥\d.,-]){Year}\b(?![-–.,]?\d)(?!\s*(?:%|per\s*cent|percent))"), (m, _) => ResolvedTime.OfYear(Int(m, "y")), true) { Cues = Digits },
        new("deictic", R(@"\b(?<w>today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening))\b"), (m, c) => Deictic(m, c)) { Cues = ["today", "tonight", "yesterday", "tomorrow", "this"] },
        new("weekday", R($@"\b(?:(?<rel>last|next|this|past)\s+)?{Weekday}(?:\s+(?:morning|afternoon|evening|night))?\b"), (m, c) => WeekdayOf(m, c)) { Cues = ["day"] },
        new("this-unit", R($@"\b(?:(?:earlier|later)\s+)?(?<rel>this|last|next|past|previous|coming)\s+(?<unit>week|month|year|decade)\b"), (m, c) => RelativeUnit(m, c)) { Cues = ["week", "month", "year", "decade"] },
        new("ago", R($@"\b{Num}\s+{Unit}\s+ago\b"), (m, c) => c.Published is { } p ? Shift(p, m, -1) : null) { Cues = ["ago"] },
        new("anaphoric", R($@"\b{Num}\s+{Unit}\s+(?:earlier|later|before(?=\s*[.,;]|$)|after(?=\s*[.,;]|$))"), (m, c) => Anaphoric(m, c)) { Cues = ["earlier", "later", "before", "after"] },
        new("same-unit", R(@"\bthe\s+(?<dir>previous|next|following|same)\s+(?<unit>day|week|month|year)\b"), (m, c) => Adjacent(m, c)) { Cues = ["previous", "next", "following", "same"] },
        new("within", R($@"\b(?:within|in\s+the\s+next|over\s+the\s+next|in\s+the\s+coming)\s+(?:{Num}\s+)?{Unit}"), (m, c) => Within(m, c)) { Cues = ["within", "next", "coming"] },
        new("past-n", R($@"\b(?:over|in|during)\s+the\s+(?:past|last)\s+{Num}\s+{Unit}"), (m, c) => PastN(m, c)) { Cues = ["past", "last"] },
    ];

    private static Regex R(string pattern) => new(pattern, Opts);

    private static int Int(Match m, string g) => int.Parse(m.Groups[g].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static int Mon(Match m) => Months[m.Groups["mon"].Value];

    private static int Count(Match m) =>
        !m.Groups["n"].Success ? 1 : NumberWords.TryParse(m.Groups["n"].Value, out var v) && v is > 0 and < 10_000 ? (int)v : 1;

    private static ResolvedTime? Day(int y, int mo, int d) =>
        mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? ResolvedTime.OfDay(new DateOnly(y, mo, d)) : null;

    /// <summary>The occurrence of a month and day nearest the publication date on the side the sentence points to.</summary>
    private static ResolvedTime? DayNoYear(TemporalContext c, int mo, int d)
    {
        if (c.Published is not { } p) return null;
        int y = p.Year;
        if (d > DateTime.DaysInMonth(y, mo)) return null;
        var date = new DateOnly(y, mo, d);
        if (!c.Forward && date > p.AddDays(7)) date = date.AddYears(-1);
        else if (c.Forward && date < p.AddDays(-7)) date = date.AddYears(1);
        return ResolvedTime.OfDay(date);
    }

    private static ResolvedTime? MonthNoYear(TemporalContext c, int mo, string? rel)
    {
        if (c.Published is not { } p) return null;
        int y = p.Year;
        bool forward = rel == "next" || (rel is null && c.Forward);
        if (rel == "last" || (rel is null && !forward)) { if (mo > p.Month || (rel == "last" && mo == p.Month)) y--; }
        else if (rel != "this" && (mo < p.Month || (rel == "next" && mo == p.Month))) y++;
        return ResolvedTime.OfMonth(y, mo);
    }

    private static ResolvedTime YearPart(Match m)
    {
        var part = string.Join(' ', m.Groups["part"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var (first, months) = YearParts[part];
        var r = ResolvedTime.OfMonths(Int(m, "y"), first, months);
        return r with { Date = EventDate.OfYear(Int(m, "y")) };
    }

    private static ResolvedTime Season(string season, int year)
    {
        var (first, months) = Seasons[season];
        return ResolvedTime.OfMonths(year, first, months);
    }

    /// <summary>"last spring" is the latest spring that has ended by publication; "this spring" the one of its year.</summary>
    private static ResolvedTime? RelativeSeason(Match m, TemporalContext c)
    {
        if (c.Published is not { } p) return null;
        var (first, months) = Seasons[m.Groups["season"].Value];
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        int y = p.Year;
        var start = new DateOnly(y, first, 1);
        switch (rel)
        {
            case "last" or "past": while (start.AddMonths(months) > p) start = start.AddYears(-1); break;
            case "next": while (start <= p) start = start.AddYears(1); break;
            default: if (first == 12 && p.Month <= 2) start = start.AddYears(-1); break;
        }
        return ResolvedTime.OfMonths(start.Year, start.Month, months);
    }

    private static ResolvedTime Decade(int y) =>
        new(EventDate.OfYear(y), new DateOnly(y, 1, 1), new DateOnly(y + 9, 12, 31));

    private static ResolvedTime? Deictic(Match m, TemporalContext c)
    {
        if (c.Published is not { } p) return null;
        var w = m.Groups["w"].Value.ToLowerInvariant();
        return ResolvedTime.OfDay(w switch { "yesterday" => p.AddDays(-1), "tomorrow" => p.AddDays(1), _ => p });
    }

    /// <summary>A bare week day is the latest one on or before publication, or the next one for future sentences.</summary>
    private static ResolvedTime? WeekdayOf(Match m, TemporalContext c)
    {
        if (c.Published is not { } p) return null;
        var wd = Weekdays[m.Groups["wd"].Value];
        var rel = m.Groups["rel"].Success ? m.Groups["rel"].Value.ToLowerInvariant() : "";
        int back = ((int)p.DayOfWeek - (int)wd + 7) % 7, ahead = ((int)wd - (int)p.DayOfWeek + 7) % 7;
        var d = rel switch
        {
            "last" or "past" => p.AddDays(back == 0 ? -7 : -back),
            "next" => p.AddDays(ahead == 0 ? 7 : ahead),
            "this" => c.Forward ? p.AddDays(ahead) : p.AddDays(-back),
            _ => c.Forward ? p.AddDays(ahead) : p.AddDays(-back),
        };
        return ResolvedTime.OfDay(d);
    }

    private static ResolvedTime? RelativeUnit(Match m, TemporalContext c)
    {
        if (c.Published is not { } p) return null;
        int step = m.Groups["rel"].Value.ToLowerInvariant() switch { "last" or "past" or "previous" => -1, "next" or "coming" => 1, _ => 0 };
        return m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "week" => ResolvedTime.OfWeekContaining(p.AddDays(7 * step)),
            "month" => ResolvedTime.OfMonth(p.AddMonths(step).Year, p.AddMonths(step).Month),
            "decade" => step == 0 ? Decade(p.Year / 10 * 10) : new(EventDate.OfYear(p.Year - 10), p.AddYears(-10), p),
            _ => ResolvedTime.OfYear(p.Year + step),
        };
    }

    /// <summary>Moves <paramref name="from"/> by the match's count of units, dated at the unit's precision.</summary>
    private static ResolvedTime? Shift(DateOnly from, Match m, int sign)
    {
        int n = Count(m) * sign;
        try
        {
            return UnitOf(m) switch
            {
                "day" => ResolvedTime.OfDay(from.AddDays(n)),
                "week" => ResolvedTime.OfWeekContaining(from.AddDays(7 * n)),
                "month" => ResolvedTime.OfMonth(from.AddMonths(n).Year, from.AddMonths(n).Month),
                "decade" => ResolvedTime.OfYear(from.Year + 10 * n),
                "century" => ResolvedTime.OfYear(from.Year + 100 * n),
                _ => ResolvedTime.OfYear(from.Year + n),
            };
        }
        catch (ArgumentOutOfRangeException) { return null; }
    }

    private static string UnitOf(Match m)
    {
        var u = m.Groups["unit"].Value.ToLowerInvariant();
        return u.StartsWith("centur", StringComparison.Ordinal) ? "century" : u;
    }

    private static ResolvedTime? Anaphoric(Match m, TemporalContext c)
    {
        if ((c.Anchor?.Date ?? c.Published) is not { } from) return null;
        var word = m.Value.TrimEnd().Split(' ')[^1].ToLowerInvariant();
        return Shift(from, m, word is "earlier" or "before" ? -1 : 1);
    }

    private static ResolvedTime? Adjacent(Match m, TemporalContext c)
    {
        if (c.Anchor is not { Date: { } from } anchor) return null;
        int sign = m.Groups["dir"].Value.ToLowerInvariant() switch { "previous" => -1, "same" => 0, _ => 1 };
        return m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "day" when anchor.Precision == DatePrecision.Day => ResolvedTime.OfDay(from.AddDays(sign)),
            "week" => ResolvedTime.OfWeekContaining(from.AddDays(7 * sign)),
            "month" when anchor.Precision is DatePrecision.Day or DatePrecision.Week or DatePrecision.Month =>
                ResolvedTime.OfMonth(from.AddMonths(sign).Year, from.AddMonths(sign).Month),
            "year" => ResolvedTime.OfYear(from.Year + sign),
            _ => null,
        };
    }

    /// <summary>"within two years": from publication to the deadline, dated at the deadline's unit.</summary>
    private static ResolvedTime? Within(Match m, TemporalContext c)
    {
        if (c.Published is not { } p) return null;
        var m2 = m;
        if (!m.Groups["n"].Success && m.Value.EndsWith('s')) return Shift(p, m2, 1) is { } one ? one with { First = p, Last = Shift(p, m2, 3)!.Value.Last } : null;
        return Shift(p, m2, 1) is { } end ? end with { First = p } : null;
    }

    private static ResolvedTime? PastN(Match m, TemporalContext c)
    {
        if (c.Published is not { } p || Shift(p, m, -1) is not { } start) return null;
        return start with { Last = p };
    }
}
