namespace Entente.Analysis;

/// <summary>
/// Early warning: for every undirected dyad, compares a period's cooperation count, conflict count and
/// Goldstein sum with the same measures over the dyad's previous periods (empty periods count as
/// zeros) and reports those whose z-score passes the threshold. Counts take the smaller of the
/// empirical z and the Poisson z of Anscombe's transform, 2(√(x+3/8) − √(μ+3/8)), so that a quiet dyad's
/// few events are not an alarm; the Goldstein sum's deviation is floored at the noise of a compound sum,
/// (mean |score| an event) × √(mean events + 1).
/// </summary>
public static class ShiftDetector
{
    /// <summary>Finds the shifts in the period holding <paramref name="period"/>, strongest first.</summary>
    public static List<DyadShift> Find(DyadBins bins, DateOnly period, ShiftOptions options)
    {
        if (options.Granularity < bins.Granularity)
            throw new ArgumentException($"bins are by {bins.Granularity}, cannot judge periods of a {options.Granularity}");
        int h = options.History;
        var starts = new int[h + 1];
        starts[h] = Periods.Start(period.DayNumber, options.Granularity);
        for (int i = h - 1; i >= 0; i--) starts[i] = Periods.Previous(starts[i + 1], options.Granularity);
        int first = starts[0], end = Periods.Next(starts[h], options.Granularity);
        var slotOf = new Dictionary<int, int>();
        for (int i = 0; i <= h; i++) slotOf[starts[i]] = i;

        var nodeOf = NodeMap(bins.Actors, options.CountryLevel, out var nodeNames);
        // Per dyad and slot: cooperation, conflict, Goldstein sum, events, sum of |Goldstein|.
        const int W = 5;
        var values = new Dictionary<(int, int), double[]>();
        int stride = (h + 1) * W;
        var period0 = bins.Period;
        for (int i = 0; i < bins.Count; i++)
        {
            int p = period0[i];
            if (p < first || p >= end) continue;
            int a = nodeOf[bins.Source[i]], b = nodeOf[bins.Target[i]];
            if (a == b) continue;
            var key = a < b ? (a, b) : (b, a);
            if (!values.TryGetValue(key, out var v)) values[key] = v = new double[stride];
            int slot = slotOf[Periods.Start(p, options.Granularity)];
            int coop = bins.QuadCount(i, 1) + bins.QuadCount(i, 2), conf = bins.QuadCount(i, 3) + bins.QuadCount(i, 4);
            v[slot * W] += coop;
            v[slot * W + 1] += conf;
            v[slot * W + 2] += bins.Positive[i] - bins.Negative[i];
            v[slot * W + 3] += coop + conf;
            v[slot * W + 4] += bins.Positive[i] + bins.Negative[i];
        }

        var shifts = new List<DyadShift>();
        foreach (var ((a, b), v) in values)
        {
            double total = 0, pastEvents = 0, pastMagnitude = 0;
            for (int s = 0; s <= h; s++) total += v[s * W + 3];
            if (total < options.MinEvents) continue;
            for (int s = 0; s < h; s++) { pastEvents += v[s * W + 3]; pastMagnitude += v[s * W + 4]; }
            double meanEvents = pastEvents / Math.Max(1, h);
            double perEvent = pastEvents > 0 ? pastMagnitude / pastEvents
                : v[h * W + 3] > 0 ? v[h * W + 4] / v[h * W + 3] : 1;
            for (int m = 0; m < 3; m++)
            {
                double mean = 0, sq = 0;
                for (int s = 0; s < h; s++) mean += v[s * W + m];
                mean /= Math.Max(1, h);
                for (int s = 0; s < h; s++) { double d = v[s * W + m] - mean; sq += d * d; }
                double sd = h > 1 ? Math.Sqrt(sq / (h - 1)) : 0;
                double x = v[h * W + m];
                double z;
                if (m < 2)
                {
                    double empirical = (x - mean) / Math.Max(sd, 1);
                    double poisson = 2 * (Math.Sqrt(x + 0.375) - Math.Sqrt(mean + 0.375));
                    z = Math.Abs(empirical) < Math.Abs(poisson) ? empirical : poisson;
                }
                else z = (x - mean) / Math.Max(sd, perEvent * Math.Sqrt(meanEvents + 1));
                if (Math.Abs(z) >= options.Threshold)
                {
                    string na = nodeNames[a], nb = nodeNames[b];
                    var (first1, second) = string.CompareOrdinal(na, nb) <= 0 ? (na, nb) : (nb, na);
                    shifts.Add(new DyadShift(first1, second, starts[h], (ShiftMeasure)m, x, mean, sd, z, (int)v[h * W + 3]));
                }
            }
        }
        shifts.Sort((x, y) => Math.Abs(y.Z).CompareTo(Math.Abs(x.Z)) is var c && c != 0 ? c
            : string.CompareOrdinal(x.A + x.B, y.A + y.B) is var d && d != 0 ? d : x.Measure.CompareTo(y.Measure));
        return shifts;
    }

    internal static int[] NodeMap(ActorIndex actors, bool countryLevel, out List<string> names)
    {
        var map = new int[actors.Count];
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        names = [];
        for (int a = 0; a < actors.Count; a++)
        {
            string code = actors[a];
            string key = countryLevel && code.Length > 3 ? code[..3] : code;
            if (!ids.TryGetValue(key, out int id)) { id = names.Count; ids.Add(key, id); names.Add(key); }
            map[a] = id;
        }
        return map;
    }
}
