using Entente.Model;

namespace Entente.Claims.Clustering;

/// <summary>
/// When two event mentions report the same real-world event: the same actors at country level (in either order for
/// symmetric codes such as meetings), the same CAMEO root, and dates within <see cref="WindowDays"/> of each other.
/// Dates known only to the month or year link only with mentions of the same month or year and block, so one
/// "in March" cannot chain a month of meetings together. Clusters are connected components, so a run of events of one
/// block on consecutive days still chains into one cluster: the window is kept to a day for that reason.
/// </summary>
public static class ClusterRule
{
    /// <summary>How many days apart two dated mentions may be and still report one event.</summary>
    public const int WindowDays = 1;

    /// <summary>Longest span a finely dated mention covers (a week), used to bound candidate searches.</summary>
    public const int LongestFineSpan = 7;

    /// <summary>The clustering view of an event mention; null when it has no date and the document none either.</summary>
    public static ClusterMention? For(EventMention e, DateOnly? published)
    {
        var date = e.Date.Date is not null ? e.Date : published is { } p ? EventDate.OfDay(p) : EventDate.Unknown;
        if (date.First is not { } first || date.Last is not { } last) return null;
        var block = BlockOf(e);
        if (date.Precision == DatePrecision.Year) block = $"~Y{first.Year}|{block}";
        else if (date.Precision == DatePrecision.Month) block = $"~M{first.Year}-{first.Month:D2}|{block}";
        return new ClusterMention(e.Id, block, first.DayNumber, last.DayNumber);
    }

    /// <summary>Actors at country level (sorted for symmetric codes) and the CAMEO root: <c>IND|VNM|04</c>.</summary>
    public static string BlockOf(EventMention e)
    {
        string a1 = Party(e.Actor1), a2 = Party(e.Actor2);
        if (SymmetricCodes.IsSymmetric(e.Cameo.Value) && string.CompareOrdinal(a1, a2) > 0) (a1, a2) = (a2, a1);
        return $"{a1}|{a2}|{e.Cameo.Root}";
    }

    private static string Party(ActorRef? a) => a is null ? "-" : a.Country ?? a.Code.Country;

    /// <summary>True when two mentions of the same block are close enough in time to report one event.</summary>
    public static bool Compatible(in ClusterMention a, in ClusterMention b)
    {
        if (a.Block != b.Block) return false;
        if (a.Block[0] == '~') return true; // month or year block: one period
        int gap = Math.Max(a.FirstDay, b.FirstDay) - Math.Min(a.LastDay, b.LastDay);
        return gap <= WindowDays;
    }

    /// <summary>The range of first days a compatible mention of <paramref name="m"/> can have.</summary>
    public static (int Low, int High) CandidateFirstDays(in ClusterMention m) =>
        m.Block[0] == '~' ? (m.FirstDay, m.FirstDay) : (m.FirstDay - WindowDays - LongestFineSpan, m.LastDay + WindowDays);

    /// <summary>A cluster's stable numeric id, derived from its representative mention id (FNV-1a, 53 bits, never 0).</summary>
    public static long IdOf(string representative)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in representative) { h ^= c; h *= 1099511628211UL; }
        long id = (long)(h & ((1UL << 53) - 1));
        return id == 0 ? 1 : id;
    }
}
