namespace Entente.Store.Schema;

/// <summary>
/// The store's schema as an ordered list of migrations. <c>PRAGMA user_version</c> records how many
/// have been applied; opening a database applies the rest, each in its own transaction. Never edit a
/// released migration: add a new one.
/// </summary>
public static class Migrations
{
    /// <summary>The schema version this build writes.</summary>
    public static int Latest => All.Count;

    /// <summary>Migration <c>i</c> takes the schema from version <c>i</c> to <c>i + 1</c>.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        """
        CREATE TABLE documents(
            id          TEXT PRIMARY KEY,
            hash        TEXT NOT NULL UNIQUE,
            title       TEXT,
            publication TEXT,
            published   TEXT,
            url         TEXT,
            source_path TEXT,
            text        TEXT NOT NULL,
            sentences   INTEGER NOT NULL,
            tokens      INTEGER NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX documents_published ON documents(published);

        CREATE TABLE sentences(
            id     INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx    INTEGER NOT NULL,
            start  INTEGER NOT NULL,
            "end"  INTEGER NOT NULL,
            text   TEXT NOT NULL,
            UNIQUE(doc_id, idx)
        );
        CREATE VIRTUAL TABLE sentences_fts USING fts5(
            text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
            INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
            INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;

        CREATE TABLE actors(
            code    TEXT PRIMARY KEY,
            name    TEXT,
            country TEXT
        );
        CREATE TABLE actor_mentions(
            id       INTEGER PRIMARY KEY,
            doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence INTEGER NOT NULL,
            start    INTEGER NOT NULL,
            "end"    INTEGER NOT NULL,
            text     TEXT NOT NULL,
            code     TEXT,
            name     TEXT,
            country  TEXT,
            how      TEXT
        );
        CREATE INDEX actor_mentions_doc ON actor_mentions(doc_id);
        CREATE INDEX actor_mentions_code ON actor_mentions(code);

        CREATE TABLE event_clusters(
            id           INTEGER PRIMARY KEY,
            key          TEXT NOT NULL UNIQUE,
            date         TEXT,
            actor1       TEXT,
            actor2       TEXT,
            cameo        TEXT,
            mentions     INTEGER NOT NULL DEFAULT 0,
            sources      INTEGER NOT NULL DEFAULT 0,
            publications INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE event_mentions(
            id             TEXT PRIMARY KEY,
            doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence       INTEGER NOT NULL,
            start          INTEGER NOT NULL,
            "end"          INTEGER NOT NULL,
            date           TEXT,
            date_precision TEXT NOT NULL,
            actor1_code    TEXT,
            actor1_name    TEXT,
            actor1_country TEXT,
            actor1_text    TEXT,
            actor2_code    TEXT,
            actor2_name    TEXT,
            actor2_country TEXT,
            actor2_text    TEXT,
            cameo          TEXT NOT NULL,
            root           TEXT NOT NULL,
            quad           INTEGER NOT NULL,
            goldstein      REAL NOT NULL,
            plover_type    TEXT,
            plover_mode    TEXT,
            modality       TEXT NOT NULL,
            confidence     REAL NOT NULL,
            pattern        TEXT,
            cluster_id     INTEGER REFERENCES event_clusters(id)
        );
        CREATE INDEX event_mentions_doc ON event_mentions(doc_id);
        CREATE INDEX event_mentions_dyad ON event_mentions(actor1_code, actor2_code, date);
        CREATE INDEX event_mentions_actor2 ON event_mentions(actor2_code, date);
        CREATE INDEX event_mentions_date ON event_mentions(date);
        CREATE INDEX event_mentions_cameo ON event_mentions(cameo);
        CREATE INDEX event_mentions_cluster ON event_mentions(cluster_id);
        """,
        // 2: claims — cross-document clustering columns, temporal expressions, amounts, quotations, contradictions.
        """
        ALTER TABLE event_mentions ADD COLUMN block TEXT;
        ALTER TABLE event_mentions ADD COLUMN first_day INTEGER;
        ALTER TABLE event_mentions ADD COLUMN last_day INTEGER;
        ALTER TABLE event_mentions ADD COLUMN date_start INTEGER;
        ALTER TABLE event_mentions ADD COLUMN date_end INTEGER;
        CREATE INDEX event_mentions_block ON event_mentions(block, first_day);

        CREATE TABLE time_expressions(
            id             INTEGER PRIMARY KEY,
            doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence       INTEGER NOT NULL,
            start          INTEGER NOT NULL,
            "end"          INTEGER NOT NULL,
            text           TEXT NOT NULL,
            date           TEXT,
            date_precision TEXT NOT NULL,
            first          TEXT NOT NULL,
            last           TEXT NOT NULL,
            kind           TEXT NOT NULL
        );
        CREATE INDEX time_expressions_doc ON time_expressions(doc_id);

        CREATE TABLE amounts(
            id            TEXT PRIMARY KEY,
            doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence      INTEGER NOT NULL,
            start         INTEGER NOT NULL,
            "end"         INTEGER NOT NULL,
            text          TEXT NOT NULL,
            value         REAL NOT NULL,
            low           REAL NOT NULL,
            high          REAL,
            approximation TEXT,
            kind          TEXT NOT NULL,
            unit          TEXT,
            counted       TEXT,
            counted_text  TEXT,
            actor1_code   TEXT,
            actor1_name   TEXT,
            actor2_code   TEXT,
            actor2_name   TEXT,
            event_id      TEXT,
            event_root    TEXT,
            predicate     TEXT,
            attribution   TEXT,
            claim_key     TEXT,
            day           INTEGER
        );
        CREATE INDEX amounts_doc ON amounts(doc_id);
        CREATE INDEX amounts_claim ON amounts(claim_key);

        CREATE TABLE quotations(
            id            TEXT PRIMARY KEY,
            doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence      INTEGER NOT NULL,
            start         INTEGER NOT NULL,
            "end"         INTEGER NOT NULL,
            text          TEXT NOT NULL,
            speaker_code  TEXT,
            speaker_name  TEXT,
            speaker_text  TEXT,
            speaker_start INTEGER,
            speaker_end   INTEGER,
            verb          TEXT,
            partial       INTEGER NOT NULL,
            how           TEXT
        );
        CREATE INDEX quotations_doc ON quotations(doc_id);
        CREATE INDEX quotations_speaker ON quotations(speaker_code);

        CREATE TABLE contradictions(
            id      INTEGER PRIMARY KEY,
            kind    TEXT NOT NULL,
            subject TEXT NOT NULL,
            a_id    TEXT NOT NULL,
            a_doc   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            a_value TEXT NOT NULL,
            b_id    TEXT NOT NULL,
            b_doc   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            b_value TEXT NOT NULL,
            UNIQUE(a_id, b_id)
        );
        CREATE INDEX contradictions_a ON contradictions(a_doc);
        CREATE INDEX contradictions_b ON contradictions(b_doc);
        """,
        AnalysisMigration.Sql,
    ];
}
