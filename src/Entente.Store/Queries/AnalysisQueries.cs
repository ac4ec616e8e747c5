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
        var (lo, hi) = Window(since, until, monthly);
        if (monthly)
        {
            // The monthly key starts with the month: seek each month of the window (and each year, for
            // year-precision dates) rather than scan every dyad of every month.
            var span = Span(store);
            if (span is null) return bins;
            var months = Keys(since ?? span.Value.First, until ?? span.Value.Last);
            string In = List("$m", months.Count);
            var args = months.Select((m, i) => ($"$m{i}", (object?)m)).Append(("$a", source)).Append(("$b", target)).ToArray();
            string sql = $"SELECT month, source, target, q1, q2, q3, q4, positive, negative FROM dyad_months WHERE month IN ({In}) AND source = $a AND target = $b";
            if (!directed && source != target) sql += $" UNION ALL SELECT month, source, target, q1, q2, q3, q4, positive, negative FROM dyad_months WHERE month IN ({In}) AND source = $b AND target = $a";
            if (months.Count > 0) Read(store.Command(sql, args), bins);
            return bins;
        }
        // The daily key starts with the full source code: seek each code under the prefix, then the target range.
        ReadDaily(store, bins, Distinct(store, "dyad_days", "source", source, source + "~"), target, lo, hi);
        if (!directed && source != target) ReadDaily(store, bins, Distinct(store, "dyad_days", "source", target, target + "~"), source, lo, hi);
        return bins;
    }

    private static void ReadDaily(SqliteStore store, DyadBins bins, List<string> sources, string target, string lo, string hi)
    {
        if (sources.Count == 0) return;
        var args = sources.Select((c, i) => ($"$s{i}", (object?)c)).Append(("$t", target)).Append(("$lo", lo)).Append(("$hi", hi)).ToArray();
        Read(store.Command($"""
            SELECT day, source, target, q1, q2, q3, q4, positive, negative FROM dyad_days
            WHERE source IN ({List("$s", sources.Count)}) AND target >= $t AND target < $t || '~' AND day >= $lo AND day <= $hi
            """, args), bins);
    }

    // Distinct values of a key's leading column in [lo, hi), one index seek each.
    private static List<string> Distinct(SqliteStore store, string table, string column, string lo, string hi)
    {
        var found = new List<string>();
        using var first = store.Command($"SELECT min({column}) FROM {table} WHERE {column} >= $lo AND {column} < $hi", ("$lo", lo), ("$hi", hi));
        using var next = store.Command($"SELECT min({column}) FROM {table} WHERE {column} > $prev AND {column} < $hi", ("$prev", ""), ("$hi", hi));
        for (var v = first.ExecuteScalar() as string; v is not null; v = next.ExecuteScalar() as string)
        {
            found.Add(v);
            next.Parameters[0].Value = v;
        }
        return found;
    }

    private static List<string> Keys(DateOnly first, DateOnly last)
    {
        var keys = new List<string>();
        for (int y = first.Year; y <= last.Year; y++) keys.Add(y.ToString("D4"));
        for (var m = new DateOnly(first.Year, first.Month, 1); m <= last; m = m.AddMonths(1)) keys.Add(m.ToString("yyyy-MM"));
        return keys;
    }

    private static string List(string prefix, int n) => string.Join(", ", Enumerable.Range(0, n).Select(i => prefix + i));

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

    /// <summary>
    /// The alignment graph of the window straight from the monthly sums (country level): SQLite adds up each
    /// pair's months with their decay weights, so a year of 200 states is one pass and 40,000 rows.
    /// </summary>
    public static SignedGraph AlignmentGraph(SqliteStore store, Entente.Analysis.AlignmentOptions options)
    {
        var span = Span(store);
        if (span is null) return new SignedGraph([], options.Prior);
        var first = options.Since ?? span.Value.First;
        var last = options.Until ?? span.Value.Last;
        var keys = Keys(first, last);
        var weight = string.Join(" ", keys.Select((k, i) =>
        {
            Periods.TryParseDay(k, out int day);
            var g = k.Length == 4 ? Granularity.Year : Granularity.Month;
            return $"WHEN $k{i} THEN {AlignmentGraphBuilder.Decay(day, g, last.DayNumber, options.HalfLifeDays).ToString("R", System.Globalization.CultureInfo.InvariantCulture)}";
        }));
        var args = keys.Select((k, i) => ($"$k{i}", (object?)k)).ToArray();
        var pairs = new List<(string, string, double, double, double)>();
        using (var cmd = store.Command($"""
            SELECT source, target, sum(w * (positive - negative)), sum(w * (positive + negative)), sum(w * (q1 + q2 + q3 + q4))
            FROM (SELECT source, target, positive, negative, q1, q2, q3, q4, CASE month {weight} END AS w
                  FROM dyad_months WHERE month IN ({List("$k", keys.Count)}))
            WHERE source <> target GROUP BY source, target
            """, args))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) pairs.Add((r.GetString(0), r.GetString(1), r.GetDouble(2), r.GetDouble(3), r.GetDouble(4)));
        return AlignmentGraphBuilder.FromPairs(pairs, options.Prior);
    }

    /// <summary>The first and last stored event days, or null when there are none.</summary>
    public static (DateOnly First, DateOnly Last)? Span(SqliteStore store)
    {
        // Seeks only: the monthly key's leading column, and the indexed event and publication dates.
        // One min() or max() a statement: SQLite answers those from the index, both together by a scan.
        if (store.Scalar("SELECT min(month) FROM dyad_months") is not string firstKey) return null;
        string lastKey = (string)store.Scalar("SELECT max(month) FROM dyad_months")!;
        if (!Periods.TryParseDay(firstKey, out int a) || !Periods.TryParseDay(lastKey, out int b)) return null;
        int end = lastKey.Length == 4 ? new DateOnly(DateOnly.FromDayNumber(b).Year, 12, 31).DayNumber : DateOnly.FromDayNumber(b).AddMonths(1).DayNumber - 1;
        int last = b;
        foreach (var sql in new[] { "SELECT date FROM event_mentions WHERE date <= $e ORDER BY date DESC LIMIT 1",
                                 "SELECT published FROM documents WHERE published <= $e ORDER BY published DESC LIMIT 1" })
            if (store.Scalar(sql, ("$e", DateOnly.FromDayNumber(end).ToString("yyyy-MM-dd"))) is string d && Periods.TryParseDay(d, out int day) && day > last) last = day;
        return (DateOnly.FromDayNumber(a), DateOnly.FromDayNumber(last));
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
