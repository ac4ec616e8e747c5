namespace Entente.Analysis;

/// <summary>
/// Counts by quad class and Goldstein sum and mean of the events between two actors (by code
/// prefix), period by period, with empty periods filled in so charts and z-scores see the gaps.
/// </summary>
public sealed class DyadSeries
{
    /// <summary>Source code prefix (or the first actor when undirected).</summary>
    public string Source { get; }
    /// <summary>Target code prefix (or the second actor when undirected).</summary>
    public string Target { get; }
    /// <summary>True when only source → target events count; false counts both directions.</summary>
    public bool Directed { get; }
    /// <summary>Period width.</summary>
    public Granularity Granularity { get; }
    /// <summary>Every period from the first to the last, in order.</summary>
    public IReadOnlyList<SeriesPoint> Points { get; }

    private DyadSeries(string source, string target, bool directed, Granularity granularity, SeriesPoint[] points)
    {
        Source = source;
        Target = target;
        Directed = directed;
        Granularity = granularity;
        Points = points;
    }

    /// <summary>
    /// Builds the series from <paramref name="bins"/> (whose width must not exceed
    /// <paramref name="granularity"/>). Periods run from <paramref name="since"/> (or the first event)
    /// to <paramref name="until"/> (or the last event).
    /// </summary>
    public static DyadSeries Build(DyadBins bins, string source, string target, Granularity granularity, bool directed,
        DateOnly? since = null, DateOnly? until = null)
    {
        if (granularity < bins.Granularity)
            throw new ArgumentException($"bins are by {bins.Granularity}, cannot count by {granularity}", nameof(granularity));
        bool[] a = bins.Actors.MatchPrefix(source), b = bins.Actors.MatchPrefix(target);
        int lo = since?.DayNumber ?? int.MinValue, hi = until?.DayNumber ?? int.MaxValue;
        var sums = new Dictionary<int, (int q1, int q2, int q3, int q4, double g)>();
        var period = bins.Period;
        var src = bins.Source;
        var tgt = bins.Target;
        for (int i = 0; i < bins.Count; i++)
        {
            bool match = (a[src[i]] && b[tgt[i]]) || (!directed && b[src[i]] && a[tgt[i]]);
            if (!match || period[i] < lo || period[i] > hi) continue;
            int p = Periods.Start(period[i], granularity);
            sums.TryGetValue(p, out var s);
            sums[p] = (s.q1 + bins.QuadCount(i, 1), s.q2 + bins.QuadCount(i, 2), s.q3 + bins.QuadCount(i, 3), s.q4 + bins.QuadCount(i, 4),
                s.g + bins.Positive[i] - bins.Negative[i]);
        }
        int first = since is { } f ? Periods.Start(f.DayNumber, granularity) : sums.Count > 0 ? sums.Keys.Min() : 0;
        int last = until is { } u ? Periods.Start(u.DayNumber, granularity) : sums.Count > 0 ? sums.Keys.Max() : -1;
        var points = new List<SeriesPoint>();
        if (sums.Count > 0 || (since is not null && until is not null))
        {
            for (int p = first; p <= last; p = Periods.Next(p, granularity))
            {
                sums.TryGetValue(p, out var s);
                points.Add(new SeriesPoint(p, s.q1, s.q2, s.q3, s.q4, s.g));
            }
        }
        return new DyadSeries(source.Trim().ToUpperInvariant(), target.Trim().ToUpperInvariant(), directed, granularity, points.ToArray());
    }

    /// <summary>A short description, e.g. <c>CHN → USA by month</c>.</summary>
    public string Title => $"{Source} {(Directed ? "→" : "↔")} {Target} by {Granularity.ToString().ToLowerInvariant()}";
}
