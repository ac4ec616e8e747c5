using Microsoft.Data.Sqlite;

namespace Entente.Store.Queries;

/// <summary>Document listings, counts and full-text search.</summary>
public static class StoreQueries
{
    /// <summary>Documents ordered by publication date then id.</summary>
    public static IEnumerable<DocumentSummary> Documents(SqliteStore store, int? limit = null)
    {
        using var cmd = store.Command($"""
            SELECT d.id, d.title, d.publication, d.published, d.sentences, d.tokens,
                   (SELECT count(*) FROM event_mentions m WHERE m.doc_id = d.id)
            FROM documents d ORDER BY d.published, d.id {(limit is int l ? $"LIMIT {l}" : "")}
            """);
        using var r = cmd.ExecuteReader();
        while (r.Read())
            yield return new DocumentSummary(r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6));
    }

    /// <summary>Counts over the store.</summary>
    public static StoreStats Stats(SqliteStore store)
    {
        using var cmd = store.Command("""
            SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences), (SELECT coalesce(sum(tokens), 0) FROM documents),
                   (SELECT count(*) FROM actor_mentions), (SELECT count(*) FROM event_mentions), (SELECT count(*) FROM event_clusters),
                   (SELECT count(DISTINCT publication) FROM documents), (SELECT min(published) FROM documents), (SELECT max(published) FROM documents)
            """);
        using var r = cmd.ExecuteReader();
        r.Read();
        return new StoreStats(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6),
            Str(r, 7), Str(r, 8), store.SchemaVersion);
    }

    /// <summary>
    /// Full-text search over sentences (FTS5 syntax: words, "phrases", OR, NOT, prefix*), best
    /// matches first. Matches are wrapped in <paramref name="open"/> and <paramref name="close"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The query is not valid FTS5 syntax.</exception>
    public static List<SearchHit> Search(SqliteStore store, string query, int limit = 50, string open = "[", string close = "]")
    {
        using var cmd = store.Command("""
            SELECT s.doc_id, d.title, d.published, s.idx, s.text, highlight(sentences_fts, 0, $o, $c)
            FROM sentences_fts f
            JOIN sentences s ON s.id = f.rowid
            JOIN documents d ON d.id = s.doc_id
            WHERE sentences_fts MATCH $q
            ORDER BY f.rank, s.doc_id, s.idx
            LIMIT $limit
            """, ("$q", query), ("$o", open), ("$c", close), ("$limit", limit));
        var hits = new List<SearchHit>();
        try
        {
            using var r = cmd.ExecuteReader();
            while (r.Read()) hits.Add(new SearchHit(r.GetString(0), Str(r, 1), Str(r, 2), r.GetInt32(3), r.GetString(4), r.GetString(5)));
        }
        catch (SqliteException ex) when (ex.Message.Contains("fts5", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("syntax", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"bad search query '{query}': {ex.Message}", nameof(query), ex);
        }
        return hits;
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
