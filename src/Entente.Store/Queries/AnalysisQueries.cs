using Entente.Analysis;
using Microsoft.Data.Sqlite;

namespace Entente.Store.Queries;

/// <summary>
/// Loads the dyad sums the analyses run on. Daily sums carry full actor codes; monthly sums carry
/// country-level codes (first three letters) and are used when the question allows it.
/// </summary>
public static class AnalysisQueries
{
    /// <summary>
    /// The daily sums between two code prefixes (both directions unless <paramref name="directed"/>);
    /// from the monthly table when both prefixes are three letters and periods are months or years.
    /// </summary>
    public static DyadBins DyadBins(SqliteStore store, string source, string target, bool directed, Granularity granularity,
        DateOnly? since = null, DateOnly? until = null)
    {
        source = Norm(source);
        target = Norm(target);
        bool monthly = granularity >= Granularity.Month && source.Length == 3 && target.Length == 3;
        var bins = new DyadBins(new ActorIndex(), monthly ? Granularity.Month : Granularity.Day);
        string table = monthly ? "dyad_months" : "dyad_days", day = monthly ? "month" : "day";
        var (lo, hi) = Window(since, until, monthly);
        string Pair(string s, string t) => monthly
            ? $"source = {s} AND target = {t}"
            : $"source >= {s} AND source < {s} || '~' AND target >= {t} AND target < {t} || '~'";
        string where = $"{day} >= $lo AND {day} <= $hi";
        var sql = $"SELECT {day}, source, target, q1, q2, q3, q4, positive, negative FROM {table} WHERE {Pair("$a", "$b")} AND {where}";
        if (!directed && source != target) sql += $" UNION ALL SELECT {day}, source, target, q1, q2, q3, q4, positive, negative FROM {table} WHERE {Pair("$b", "$a")} AND {where}";
        Read(store.Command(sql, ("$a", source), ("$b", target), ("$lo", lo), ("$hi", hi)), bins);
        return bins;
    }

    /// <summary>
    /// Every dyad's sums in the window, for the alignment graph and the shift detector: monthly
    /// (country level) unless <paramref name="granularity"/> is finer than a month.
    /// </summary>
    public static DyadBins AllBins(SqliteStore store, Granularity granularity, DateOnly? since = null, DateOnly? until = null)
    {
        bool monthly = granularity >= Granularity.Month;
        var bins = new DyadBins(new ActorIndex(), monthly ? Granularity.Month : Granularity.Day);
        var (lo, hi) = Window(since, until, monthly);
        var sql = monthly
            ? "SELECT month, source, target, q1, q2, q3, q4, positive, negative FROM dyad_months WHERE month >= $lo AND month <= $hi"
            : "SELECT day, source, target, q1, q2, q3, q4, positive, negative FROM dyad_days WHERE day >= $lo AND day <= $hi";
        Read(store.Command(sql, ("$lo", lo), ("$hi", hi)), bins);
        return bins;
    }

    /// <summary>The first and last stored event days, or null when there are none.</summary>
    public static (DateOnly First, DateOnly Last)? Span(SqliteStore store)
    {
        using var cmd = store.Command("SELECT min(month), max(month) FROM dyad_months");
        using var r = cmd.ExecuteReader();
        if (!r.Read() || r.IsDBNull(0)) return null;
        using var days = store.Command("SELECT max(day) FROM dyad_days WHERE day >= $m", ("$m", r.GetString(1)));
        var last = days.ExecuteScalar() as string ?? r.GetString(1);
        if (!Periods.TryParseDay(r.GetString(0), out int a) || !Periods.TryParseDay(last, out int b)) return null;
        return (DateOnly.FromDayNumber(a), DateOnly.FromDayNumber(b));
    }

    private static (string lo, string hi) Window(DateOnly? since, DateOnly? until, bool monthly)
    {
        // Stored days may be coarser than a day ("2025-03", "2025") and sort before the days they hold,
        // so a coarse date inside the window's first month or year is kept from the lower bound.
        string lo = since is { } s ? s.ToString("yyyy") : "";
        string hi = until is { } u ? (monthly ? u.ToString("yyyy-MM") : u.ToString("yyyy-MM-dd")) + "~" : "~";
        return (lo, hi);
    }

    private static void Read(SqliteCommand cmd, DyadBins bins)
    {
        using (cmd)
        using (var r = cmd.ExecuteReader())
        {
            var actors = bins.Actors;
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            int Id(string code)
            {
                if (!ids.TryGetValue(code, out int id)) ids.Add(code, id = actors.Intern(code));
                return id;
            }
            while (r.Read())
            {
                if (!Periods.TryParseDay(r.GetString(0), out int day)) continue;
                int q1 = r.GetInt32(3), q2 = r.GetInt32(4), q3 = r.GetInt32(5), q4 = r.GetInt32(6);
                if (q1 + q2 + q3 + q4 == 0) continue;
                int p = Periods.Start(day, bins.Granularity);
                bins.Add(p, Id(r.GetString(1)), Id(r.GetString(2)), q1, q2, q3, q4, r.GetDouble(7), r.GetDouble(8));
            }
        }
    }

    private static string Norm(string code) => code.Trim().ToUpperInvariant();
}
