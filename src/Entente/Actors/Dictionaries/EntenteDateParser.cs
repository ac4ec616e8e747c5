using System.Globalization;

namespace Entente.Actors.Dictionaries;

/// <summary>
/// Dates in our dictionaries: <c>2000-05-07</c>, <c>2000-05</c> or <c>2000</c>; a range is
/// <c>FROM..TO</c> with either end left empty when open. A month or year as the end of a range
/// means its last day, as the start its first.
/// </summary>
public static class EntenteDateParser
{
    /// <summary>Parses a range such as <c>2012-05-07..</c> or <c>2004-02..2008-02</c>.</summary>
    public static bool TryParseRange(string text, out DateRange range, out string? error)
    {
        range = DateRange.Always;
        int dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0) { error = $"'{text}' is not a date range FROM..TO"; return false; }
        var a = text[..dots].Trim();
        var b = text[(dots + 2)..].Trim();
        DateOnly? from = null, to = null;
        if (a.Length > 0) { if (!TryParse(a, end: false, out var d)) { error = $"bad date '{a}'"; return false; } from = d; }
        if (b.Length > 0) { if (!TryParse(b, end: true, out var d)) { error = $"bad date '{b}'"; return false; } to = d; }
        if (from > to) { error = $"range '{text}' ends before it starts"; return false; }
        range = new DateRange(from, to);
        error = null;
        return true;
    }

    /// <summary>Parses one date; <paramref name="end"/> chooses the last day of a month or year.</summary>
    public static bool TryParse(string text, bool end, out DateOnly date)
    {
        date = default;
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4) return false;
        var n = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out n[i])) return false;
        int year = n[0];
        int month = parts.Length > 1 ? n[1] : end ? 12 : 1;
        if (year < 1 || month is < 1 or > 12) return false;
        int days = DateTime.DaysInMonth(year, month);
        int day = parts.Length > 2 ? n[2] : end ? days : 1;
        if (day < 1 || day > days) return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}
