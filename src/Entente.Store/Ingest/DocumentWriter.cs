using System.Globalization;
using Entente.Claims;
using Entente.Model;
using Microsoft.Data.Sqlite;

namespace Entente.Store.Ingest;

/// <summary>
/// Writes processed documents — text, sentences, actor mentions, event mentions and their
/// clusters — with prepared statements inside batch transactions. A batch is all-or-nothing, so a
/// killed ingest leaves only whole documents behind and a re-run adds the rest.
/// </summary>
public sealed class DocumentWriter : IDisposable
{
    private readonly SqliteStore _store;
    private SqliteTransaction? _tx;
    private int _inBatch;
    private readonly int _batchSize;
    private readonly SqliteCommand _findHash, _findId, _deleteDoc, _insertDoc, _insertSentence, _insertActor, _insertEvent,
        _findCluster, _insertCluster, _updateCluster;
    private readonly TreatyWriter _treaties;

    /// <summary>Creates a writer; documents are committed every <paramref name="batchSize"/> documents.</summary>
    public DocumentWriter(SqliteStore store, int batchSize = 64)
    {
        _store = store;
        _batchSize = batchSize;
        _findHash = Prepare("SELECT id FROM documents WHERE hash = $hash", "$hash");
        _findId = Prepare("SELECT hash FROM documents WHERE id = $id", "$id");
        _deleteDoc = Prepare("DELETE FROM documents WHERE id = $id", "$id");
        _insertDoc = Prepare("""
            INSERT INTO documents(id, hash, title, publication, published, url, source_path, text, sentences, tokens, ingested_at)
            VALUES ($id, $hash, $title, $pub, $published, $url, $path, $text, $sentences, $tokens, $at)
            """, "$id", "$hash", "$title", "$pub", "$published", "$url", "$path", "$text", "$sentences", "$tokens", "$at");
        _insertSentence = Prepare("INSERT INTO sentences(doc_id, idx, start, \"end\", text) VALUES ($doc, $idx, $start, $end, $text)",
            "$doc", "$idx", "$start", "$end", "$text");
        _insertActor = Prepare("""
            INSERT INTO actor_mentions(doc_id, sentence, start, "end", text, code, name, country, how)
            VALUES ($doc, $s, $start, $end, $text, $code, $name, $country, $how)
            """, "$doc", "$s", "$start", "$end", "$text", "$code", "$name", "$country", "$how");
        _insertEvent = Prepare("""
            INSERT INTO event_mentions(id, doc_id, sentence, start, "end", date, date_precision,
              actor1_code, actor1_name, actor1_country, actor1_text, actor2_code, actor2_name, actor2_country, actor2_text,
              cameo, root, quad, goldstein, plover_type, plover_mode, modality, confidence, pattern, cluster_id)
            VALUES ($id, $doc, $s, $start, $end, $date, $prec, $a1c, $a1n, $a1k, $a1t, $a2c, $a2n, $a2k, $a2t,
              $cameo, $root, $quad, $gold, $pt, $pm, $mod, $conf, $pat, $cluster)
            """, "$id", "$doc", "$s", "$start", "$end", "$date", "$prec", "$a1c", "$a1n", "$a1k", "$a1t", "$a2c", "$a2n", "$a2k", "$a2t",
            "$cameo", "$root", "$quad", "$gold", "$pt", "$pm", "$mod", "$conf", "$pat", "$cluster");
        _treaties = new TreatyWriter(store);
        _findCluster = Prepare("SELECT id FROM event_clusters WHERE key = $key", "$key");
        _insertCluster = Prepare("INSERT INTO event_clusters(key, date, actor1, actor2, cameo) VALUES ($key, $date, $a1, $a2, $cameo) RETURNING id",
            "$key", "$date", "$a1", "$a2", "$cameo");
        _updateCluster = Prepare("""
            UPDATE event_clusters SET
              mentions = (SELECT count(*) FROM event_mentions WHERE cluster_id = $id),
              sources = (SELECT count(DISTINCT doc_id) FROM event_mentions WHERE cluster_id = $id),
              publications = (SELECT count(DISTINCT coalesce(d.publication, d.id)) FROM event_mentions m JOIN documents d ON d.id = m.doc_id WHERE m.cluster_id = $id)
            WHERE id = $id
            """, "$id");
    }

    private SqliteCommand Prepare(string sql, params string[] names)
    {
        var cmd = _store.Connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var n in names) cmd.Parameters.Add(new SqliteParameter(n, null));
        return cmd;
    }

    /// <summary>True when a document with exactly this content hash is already stored.</summary>
    public bool ContainsHash(string hash)
    {
        Begin();
        _findHash.Parameters[0].Value = hash;
        return _findHash.ExecuteScalar() is not null;
    }

    /// <summary>Stores one processed document (in the current batch).</summary>
    public StoreOutcome Write(Document doc, string hash)
    {
        Begin();
        if (ContainsHash(hash)) return StoreOutcome.AlreadyPresent;
        _findId.Parameters[0].Value = doc.Id;
        bool replacing = _findId.ExecuteScalar() is not null;
        var touchedClusters = new HashSet<long>();
        if (replacing)
        {
            using var q = _store.Command("SELECT DISTINCT cluster_id FROM event_mentions WHERE doc_id = $id AND cluster_id IS NOT NULL", ("$id", doc.Id));
            using (var r = q.ExecuteReader()) while (r.Read()) touchedClusters.Add(r.GetInt64(0));
            _deleteDoc.Parameters[0].Value = doc.Id;
            _deleteDoc.ExecuteNonQuery();
        }
        InsertDocument(doc, hash);
        foreach (var s in doc.Sentences) Run(_insertSentence, doc.Id, s.Index, s.Span.Start, s.Span.End, s.Text);
        foreach (var a in doc.Actors)
            Run(_insertActor, doc.Id, a.Sentence, a.Span.Start, a.Span.End, a.Text, a.Actor?.Code.Value, a.Actor?.Name, a.Actor?.Country, a.How);
        foreach (var e in doc.Events) touchedClusters.Add(InsertEvent(doc, e));
        foreach (var id in touchedClusters) Run(_updateCluster, id);
        _treaties.Write(doc);
        if (++_inBatch >= _batchSize) Commit();
        return replacing ? StoreOutcome.Updated : StoreOutcome.Added;
    }

    private void InsertDocument(Document doc, string hash)
    {
        var m = doc.Meta;
        Run(_insertDoc, doc.Id, hash, m.Title, m.Publication, m.Published?.ToString("yyyy-MM-dd"), m.Url, m.SourcePath, doc.Text,
            doc.Sentences.Count, doc.TokenCount, DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture));
    }

    private long InsertEvent(Document doc, EventMention e)
    {
        var key = EventClusterKey.For(e, doc.Meta.Published);
        _findCluster.Parameters[0].Value = key;
        long cluster = _findCluster.ExecuteScalar() is long found ? found
            : (long)Run(_insertCluster, key, e.Date.Date is null ? null : e.Date.ToIsoString(), e.Actor1?.Code.Value, e.Actor2?.Code.Value, e.Cameo.Value)!;
        Run(_insertEvent, e.Id, doc.Id, e.Sentence, e.Span.Start, e.Span.End,
            e.Date.Date is null ? null : e.Date.ToIsoString(), e.Date.PrecisionName,
            e.Actor1?.Code.Value, e.Actor1?.Name, e.Actor1?.Country, e.Actor1?.Text,
            e.Actor2?.Code.Value, e.Actor2?.Name, e.Actor2?.Country, e.Actor2?.Text,
            e.Cameo.Value, e.Cameo.Root, e.Cameo.QuadClass, e.Goldstein, e.Plover?.Type, e.Plover?.Mode,
            e.Modality.ToString().ToLowerInvariant(), e.Confidence, e.Pattern, cluster);
        return cluster;
    }

    private static object? Run(SqliteCommand cmd, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        return cmd.CommandText.Contains("RETURNING", StringComparison.Ordinal) ? cmd.ExecuteScalar() : cmd.ExecuteNonQuery();
    }

    private void Begin()
    {
        if (_tx is not null) return;
        _tx = _store.Connection.BeginTransaction();
        foreach (var c in new[] { _findHash, _findId, _deleteDoc, _insertDoc, _insertSentence, _insertActor, _insertEvent, _findCluster, _insertCluster, _updateCluster })
            c.Transaction = _tx;
        _treaties.Attach(_tx);
    }

    /// <summary>Commits the current batch.</summary>
    public void Commit()
    {
        _tx?.Commit();
        _tx?.Dispose();
        _tx = null;
        _inBatch = 0;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Commit();
        foreach (var c in new[] { _findHash, _findId, _deleteDoc, _insertDoc, _insertSentence, _insertActor, _insertEvent, _findCluster, _insertCluster, _updateCluster })
            c.Dispose();
        _treaties.Dispose();
    }
}
