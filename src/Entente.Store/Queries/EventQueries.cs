using Microsoft.Data.Sqlite;

namespace Entente.Store.Queries;

/// <summary>Reads event records from the store.</summary>
public static class EventQueries
{
    /// <summary>Lists events matching the filter, ordered by date, document and sentence.</summary>
    public static IEnumerable<EventRecord> List(SqliteStore store, EventFilter filter)
    {
        var where = new List<string>();
        var args = new List<(string, object?)>();
        // Prefixes become ranges (code ≤ x < code + '~') so SQLite can use the actor indexes.
        if (filter.Actor is { } a)
        {
            where.Add("((m.actor1_code >= $a AND m.actor1_code < $a_hi) OR (m.actor2_code >= $a AND m.actor2_code < $a_hi))");
            args.Add(("$a", Norm(a)));
            args.Add(("$a_hi", Norm(a) + "~"));
        }
        if (filter.Dyad is { } d)
        {
            where.Add("m.actor1_code >= $d1 AND m.actor1_code < $d1_hi AND m.actor2_code >= $d2 AND m.actor2_code < $d2_hi");
            args.Add(("$d1", Norm(d.Source)));
            args.Add(("$d1_hi", Norm(d.Source) + "~"));
            args.Add(("$d2", Norm(d.Target)));
            args.Add(("$d2_hi", Norm(d.Target) + "~"));
        }
        if (filter.Since is { } s) { where.Add("coalesce(m.date, d.published) >= $since"); args.Add(("$since", s.ToString("yyyy-MM-dd"))); }
        if (filter.Until is { } u) { where.Add("coalesce(m.date, d.published) <= $until"); args.Add(("$until", u.ToString("yyyy-MM-dd") + "~")); }
        if (filter.CodePrefix is { } c) { where.Add("m.cameo >= $c AND m.cameo < $c_hi"); args.Add(("$c", c.Trim())); args.Add(("$c_hi", c.Trim() + "~")); }
        var sql = $"""
            SELECT m.id, m.doc_id, d.title, d.publication, d.published, m.date, m.date_precision, m.sentence, s.text,
                   m.start, m."end", m.actor1_code, m.actor1_name, m.actor1_country, m.actor1_text,
                   m.actor2_code, m.actor2_name, m.actor2_country, m.actor2_text, m.cameo, m.root, m.quad, m.goldstein,
                   m.plover_type, m.plover_mode, m.modality, m.confidence, m.cluster_id,
                   coalesce(c.mentions, 1), coalesce(c.sources, 1), coalesce(c.publications, 1)
            FROM event_mentions m
            JOIN documents d ON d.id = m.doc_id
            LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sentence
            LEFT JOIN event_clusters c ON c.id = m.cluster_id
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY coalesce(m.date, d.published), m.doc_id, m.sentence, m.id
            {(filter.Limit is int l ? $"LIMIT {l}" : "")}
            """;
        using var cmd = store.Command(sql, args.ToArray());
        using var r = cmd.ExecuteReader();
        while (r.Read()) yield return Read(r);
    }

    private static string Norm(string code) => code.Trim().ToUpperInvariant();

    private static EventRecord Read(SqliteDataReader r) => new()
    {
        Id = r.GetString(0), Doc = r.GetString(1), Title = Str(r, 2), Publication = Str(r, 3), Published = Str(r, 4),
        Date = Str(r, 5), DatePrecision = r.GetString(6), Sentence = r.GetInt32(7), Text = Str(r, 8),
        SpanStart = r.GetInt32(9), SpanEnd = r.GetInt32(10),
        Actor1 = Str(r, 11) is { } c1 ? new ActorRecord(c1, Str(r, 12), Str(r, 13), Str(r, 14)) : null,
        Actor2 = Str(r, 15) is { } c2 ? new ActorRecord(c2, Str(r, 16), Str(r, 17), Str(r, 18)) : null,
        Cameo = r.GetString(19), Root = r.GetString(20), Quad = r.GetInt32(21), Goldstein = r.GetDouble(22),
        PloverType = Str(r, 23), PloverMode = Str(r, 24), Modality = r.GetString(25), Confidence = r.GetDouble(26),
        Cluster = r.IsDBNull(27) ? null : r.GetInt64(27),
        Mentions = r.GetInt32(28), SourceDocuments = r.GetInt32(29), SourcePublications = r.GetInt32(30),
    };

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
