using Microsoft.Data.Sqlite;

namespace Entente.Store.Queries;

/// <summary>Reads amounts, contradictions and quotations from the store.</summary>
public static class ClaimQueries
{
    /// <summary>Amounts in document order; with <paramref name="contestedOnly"/>, only those in a contradiction.</summary>
    public static List<AmountRecord> Amounts(SqliteStore store, bool contestedOnly = false, int? limit = null)
    {
        var sql = $"""
            SELECT a.id, a.doc_id, d.publication, d.published, a.sentence, a.start, a."end", a.text, a.value, a.low, a.high, a.approximation,
                   a.kind, a.unit, a.counted, a.actor1_code, a.actor2_code, a.event_id, a.event_root, a.attribution, a.claim_key,
                   (SELECT count(*) FROM contradictions c WHERE c.kind = 'amount' AND (c.a_id = a.id OR c.b_id = a.id)) n
            FROM amounts a JOIN documents d ON d.id = a.doc_id
            {(contestedOnly ? "WHERE n > 0" : "")}
            ORDER BY d.published, a.doc_id, a.sentence, a.start
            {(limit is int l ? $"LIMIT {l}" : "")}
            """;
        using var cmd = store.Command(sql);
        using var r = cmd.ExecuteReader();
        var list = new List<AmountRecord>();
        while (r.Read())
            list.Add(new AmountRecord(r.GetString(0), r.GetString(1), Str(r, 2), Str(r, 3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.GetString(7),
                r.GetDouble(8), r.GetDouble(9), r.IsDBNull(10) ? null : r.GetDouble(10), Str(r, 11), r.GetString(12), Str(r, 13), Str(r, 14),
                Str(r, 15), Str(r, 16), Str(r, 17), Str(r, 18), Str(r, 19), Str(r, 20), r.GetInt32(21)));
        return list;
    }

    /// <summary>All contradictions, figures first, then by subject.</summary>
    public static List<ContradictionRecord> Contradictions(SqliteStore store, int? limit = null)
    {
        var sql = $"""
            SELECT c.kind, c.subject, c.a_id, c.a_doc, da.publication, c.a_value, c.b_id, c.b_doc, db.publication, c.b_value
            FROM contradictions c JOIN documents da ON da.id = c.a_doc JOIN documents db ON db.id = c.b_doc
            ORDER BY c.kind, c.subject, c.a_id, c.b_id
            {(limit is int l ? $"LIMIT {l}" : "")}
            """;
        using var cmd = store.Command(sql);
        using var r = cmd.ExecuteReader();
        var list = new List<ContradictionRecord>();
        while (r.Read())
            list.Add(new ContradictionRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Str(r, 4), r.GetString(5),
                r.GetString(6), r.GetString(7), Str(r, 8), r.GetString(9)));
        return list;
    }

    /// <summary>Quotations in document order; <paramref name="speaker"/> matches a code prefix, the actor's name or the speaker's words.</summary>
    public static List<QuotationRecord> Quotations(SqliteStore store, string? speaker = null, int? limit = null)
    {
        var where = speaker is null ? "" : """
            WHERE q.speaker_code LIKE $code || '%' OR q.speaker_name LIKE '%' || $name || '%' OR q.speaker_text LIKE '%' || $name || '%'
            """;
        var sql = $"""
            SELECT q.id, q.doc_id, d.publication, d.published, q.sentence, q.start, q."end", q.text, q.speaker_code, q.speaker_name,
                   q.speaker_text, q.verb, q.partial, q.how
            FROM quotations q JOIN documents d ON d.id = q.doc_id
            {where}
            ORDER BY d.published, q.doc_id, q.start
            {(limit is int l ? $"LIMIT {l}" : "")}
            """;
        using var cmd = speaker is null ? store.Command(sql) : store.Command(sql, ("$code", speaker.Trim().ToUpperInvariant()), ("$name", speaker.Trim()));
        using var r = cmd.ExecuteReader();
        var list = new List<QuotationRecord>();
        while (r.Read())
            list.Add(new QuotationRecord(r.GetString(0), r.GetString(1), Str(r, 2), Str(r, 3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.GetString(7),
                Str(r, 8), Str(r, 9), Str(r, 10), Str(r, 11), r.GetInt32(12) != 0, Str(r, 13)));
        return list;
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
