namespace Entente.Store.Queries;

/// <summary>Aggregates used by the analysis report.</summary>
public static class ReportQueries
{
    /// <summary>A resolved actor and how often it is mentioned.</summary>
    public sealed record ActorCount(string Code, string? Name, long Mentions);

    /// <summary>An unresolved name and how often it occurs.</summary>
    public sealed record NameCount(string Name, long Mentions);

    /// <summary>A cross-document event with its best-known sentence.</summary>
    public sealed record ClusterSummary(string? Date, string? Actor1, string? Actor2, string Cameo, double Goldstein, long Sources, string? Text);

    /// <summary>The most mentioned resolved actors.</summary>
    public static List<ActorCount> TopActors(SqliteStore store, int top)
    {
        var list = new List<ActorCount>();
        using var cmd = store.Command("""
            SELECT code, max(name), count(*) n FROM actor_mentions WHERE code IS NOT NULL
            GROUP BY code ORDER BY n DESC, code LIMIT $top
            """, ("$top", top));
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(new ActorCount(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt64(2)));
        return list;
    }

    /// <summary>The most frequent names that could not be resolved.</summary>
    public static List<NameCount> UnresolvedNames(SqliteStore store, int top)
    {
        var list = new List<NameCount>();
        using var cmd = store.Command("""
            SELECT text, count(*) n FROM actor_mentions WHERE code IS NULL
            GROUP BY text ORDER BY n DESC, text LIMIT $top
            """, ("$top", top));
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(new NameCount(r.GetString(0), r.GetInt64(1)));
        return list;
    }

    /// <summary>Event clusters ordered by how many documents report them.</summary>
    public static List<ClusterSummary> TopEvents(SqliteStore store, int top)
    {
        var list = new List<ClusterSummary>();
        using var cmd = store.Command("""
            SELECT coalesce(c.date, (SELECT min(d.published) FROM event_mentions m JOIN documents d ON d.id = m.doc_id WHERE m.cluster_id = c.id)),
                   c.actor1, c.actor2, c.cameo,
                   (SELECT m.goldstein FROM event_mentions m WHERE m.cluster_id = c.id LIMIT 1), c.sources,
                   (SELECT s.text FROM event_mentions m JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sentence
                    WHERE m.cluster_id = c.id ORDER BY m.confidence DESC, m.id LIMIT 1)
            FROM event_clusters c WHERE c.mentions > 0
            ORDER BY c.sources DESC, c.mentions DESC, c.id LIMIT $top
            """, ("$top", top));
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new ClusterSummary(r.IsDBNull(0) ? null : r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
                r.GetString(3), r.IsDBNull(4) ? 0 : r.GetDouble(4), r.GetInt64(5), r.IsDBNull(6) ? null : r.GetString(6)));
        return list;
    }
}
