namespace Entente.Store.Schema;

/// <summary>
/// Schema for the analyses: daily and monthly dyad sums kept in step with <c>event_mentions</c> by
/// triggers (so a dyad series or an alignment graph reads thousands of sums instead of millions of
/// events), and the treaties found in the text. Only events stated as having happened (asserted or
/// reported) are summed; an event's day is its own date, else its document's publication date.
/// </summary>
public static class AnalysisMigration
{
    private const string Counted = "actor1_code IS NOT NULL AND actor2_code IS NOT NULL AND modality IN ('asserted', 'reported')";
    private const string Merge = """
        ON CONFLICT DO UPDATE SET q1 = q1 + excluded.q1, q2 = q2 + excluded.q2, q3 = q3 + excluded.q3, q4 = q4 + excluded.q4,
          positive = positive + excluded.positive, negative = negative + excluded.negative
        """;

    /// <summary>
    /// Recomputes both dyad tables from <c>event_mentions</c> (they must be empty): used by the
    /// migration for events stored before it, and by bulk loads that drop the triggers.
    /// </summary>
    public static string Backfill { get; } = $"""
        INSERT INTO dyad_days(source, target, day, q1, q2, q3, q4, positive, negative)
        SELECT m.actor1_code, m.actor2_code, coalesce(m.date, d.published), {Sums("m", "+")}
        FROM event_mentions m JOIN documents d ON d.id = m.doc_id
        WHERE {Counted.Replace("actor", "m.actor").Replace("modality", "m.modality")} AND coalesce(m.date, d.published) IS NOT NULL
        GROUP BY 1, 2, 3;
        INSERT INTO dyad_months(month, source, target, q1, q2, q3, q4, positive, negative)
        SELECT substr(day, 1, 7), substr(source, 1, 3), substr(target, 1, 3), sum(q1), sum(q2), sum(q3), sum(q4), sum(positive), sum(negative)
        FROM dyad_days GROUP BY 1, 2, 3;
        """;

    /// <summary>The migration's SQL.</summary>
    public static string Sql { get; } = $"""
        CREATE TABLE dyad_days(
            source   TEXT NOT NULL,
            target   TEXT NOT NULL,
            day      TEXT NOT NULL,
            q1       INTEGER NOT NULL, q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,
            positive REAL NOT NULL,
            negative REAL NOT NULL,
            PRIMARY KEY(source, target, day)
        ) WITHOUT ROWID;
        CREATE TABLE dyad_months(
            month    TEXT NOT NULL,
            source   TEXT NOT NULL,
            target   TEXT NOT NULL,
            q1       INTEGER NOT NULL, q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,
            positive REAL NOT NULL,
            negative REAL NOT NULL,
            PRIMARY KEY(month, source, target)
        ) WITHOUT ROWID;

        CREATE TRIGGER event_mentions_dyads_ai AFTER INSERT ON event_mentions WHEN {Row("new")} BEGIN
            {Upsert("new", "+", "(SELECT published FROM documents WHERE id = new.doc_id)")}
        END;
        -- Direct deletes; a document's deletion is handled before its cascade (below), when its date is still known.
        CREATE TRIGGER event_mentions_dyads_ad AFTER DELETE ON event_mentions
        WHEN {Row("old")} AND EXISTS (SELECT 1 FROM documents WHERE id = old.doc_id) BEGIN
            {Upsert("old", "-", "(SELECT published FROM documents WHERE id = old.doc_id)")}
        END;
        CREATE TRIGGER event_mentions_dyads_au AFTER UPDATE OF date, actor1_code, actor2_code, quad, goldstein, modality ON event_mentions BEGIN
            {Upsert("old", "-", "(SELECT published FROM documents WHERE id = old.doc_id)", Row("old"))}
            {Upsert("new", "+", "(SELECT published FROM documents WHERE id = new.doc_id)", Row("new"))}
        END;
        CREATE TRIGGER documents_dyads_bd BEFORE DELETE ON documents BEGIN
            {DocumentUpsert("dyad_days", "actor1_code, actor2_code, coalesce(date, old.published)")}
            {DocumentUpsert("dyad_months", "substr(coalesce(date, old.published), 1, 7), substr(actor1_code, 1, 3), substr(actor2_code, 1, 3)")}
        END;

        CREATE TABLE treaties(
            id             INTEGER PRIMARY KEY,
            doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            key            TEXT NOT NULL,
            name           TEXT NOT NULL,
            named          INTEGER NOT NULL,
            kind           TEXT NOT NULL,
            obligations    TEXT NOT NULL,
            date           TEXT,
            date_precision TEXT NOT NULL,
            UNIQUE(doc_id, key)
        );
        CREATE TABLE treaty_parties(
            treaty_id INTEGER NOT NULL REFERENCES treaties(id) ON DELETE CASCADE,
            code      TEXT NOT NULL,
            name      TEXT,
            PRIMARY KEY(treaty_id, code)
        );
        CREATE INDEX treaty_parties_code ON treaty_parties(code);
        CREATE TABLE treaty_evidence(
            id             INTEGER PRIMARY KEY,
            treaty_id      INTEGER NOT NULL REFERENCES treaties(id) ON DELETE CASCADE,
            kind           TEXT NOT NULL,
            what           TEXT NOT NULL,
            sentence       INTEGER NOT NULL,
            start          INTEGER NOT NULL,
            "end"          INTEGER NOT NULL,
            date           TEXT,
            date_precision TEXT NOT NULL,
            modality       TEXT,
            actor_code     TEXT,
            other          TEXT
        );
        CREATE INDEX treaty_evidence_treaty ON treaty_evidence(treaty_id);

        {Backfill}
        """;

    private static string Row(string r) => $"{r}.actor1_code IS NOT NULL AND {r}.actor2_code IS NOT NULL AND {r}.modality IN ('asserted', 'reported')";

    private static string Sums(string r, string sign) =>
        $"{sign}sum({r}.quad = 1), {sign}sum({r}.quad = 2), {sign}sum({r}.quad = 3), {sign}sum({r}.quad = 4), " +
        $"{sign}sum(max({r}.goldstein, 0)), {sign}sum(max(-{r}.goldstein, 0))";

    private static string Values(string r, string sign) =>
        $"{sign}({r}.quad = 1), {sign}({r}.quad = 2), {sign}({r}.quad = 3), {sign}({r}.quad = 4), {sign}max({r}.goldstein, 0), {sign}max(-{r}.goldstein, 0)";

    // One row's contribution to both tables; the day is the row's date or its document's.
    private static string Upsert(string r, string sign, string published, string? condition = null)
    {
        string day = $"coalesce({r}.date, {published})";
        string when = condition is null ? "" : $" AND {condition}";
        return $"""
            INSERT INTO dyad_days(source, target, day, q1, q2, q3, q4, positive, negative)
            SELECT {r}.actor1_code, {r}.actor2_code, d, {Values(r, sign)} FROM (SELECT {day} AS d) WHERE d IS NOT NULL{when}
            {Merge};
            INSERT INTO dyad_months(month, source, target, q1, q2, q3, q4, positive, negative)
            SELECT substr(d, 1, 7), substr({r}.actor1_code, 1, 3), substr({r}.actor2_code, 1, 3), {Values(r, sign)} FROM (SELECT {day} AS d) WHERE d IS NOT NULL{when}
            {Merge};
            """;
    }

    private static string DocumentUpsert(string table, string keys) => $"""
        INSERT INTO {table}({(table == "dyad_days" ? "source, target, day" : "month, source, target")}, q1, q2, q3, q4, positive, negative)
        SELECT {keys}, {Sums("event_mentions", "-")} FROM event_mentions
        WHERE doc_id = old.id AND {Counted} AND coalesce(date, old.published) IS NOT NULL
        GROUP BY 1, 2, 3
        {Merge};
        """;
}
