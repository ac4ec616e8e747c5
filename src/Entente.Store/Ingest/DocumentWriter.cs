using System.Globalization;
using Entente.Claims.Clustering;
using Entente.Model;
using Microsoft.Data.Sqlite;
using static Entente.Store.Ingest.StoreCommands;

namespace Entente.Store.Ingest;

/// <summary>
/// Writes processed documents — text, sentences, actor mentions, event mentions and their clusters, temporal
/// expressions, amounts, quotations and contradictions — with prepared statements inside batch transactions. A batch
/// is all-or-nothing, so a killed ingest leaves only whole documents behind and a re-run adds the rest.
/// </summary>
public sealed class DocumentWriter : IDisposable
{
    private readonly SqliteStore _store;
    private SqliteTransaction? _tx;
    private int _inBatch;
    private readonly int _batchSize;
    private readonly StoreCommands _commands;
    private readonly ClusterWriter _clusters;
    private readonly ClaimWriter _claims;
    private readonly TreatyWriter _treaties;
    // Clusters whose counts are recomputed once per batch, at commit: hot clusters are touched by many documents.
    private readonly HashSet<long> _recount = [];
    private readonly SqliteCommand _findHash, _findId, _docClusters, _deleteDoc, _insertDoc, _insertSentence, _insertActor, _insertEvent;

    /// <summary>Creates a writer; documents are committed every <paramref name="batchSize"/> documents.</summary>
    public DocumentWriter(SqliteStore store, int batchSize = 64)
    {
        _store = store;
        _batchSize = batchSize;
        _commands = new StoreCommands(store.Connection);
        var c = _commands;
        _findHash = c.Prepare("SELECT id FROM documents WHERE hash = $hash", "$hash");
        _findId = c.Prepare("SELECT hash FROM documents WHERE id = $id", "$id");
        _docClusters = c.Prepare("SELECT DISTINCT cluster_id FROM event_mentions WHERE doc_id = $id AND cluster_id IS NOT NULL", "$id");
        _deleteDoc = c.Prepare("DELETE FROM documents WHERE id = $id", "$id");
        _insertDoc = c.Prepare("""
            INSERT INTO documents(id, hash, title, publication, published, url, source_path, text, sentences, tokens, ingested_at)
            VALUES ($id, $hash, $title, $pub, $published, $url, $path, $text, $sentences, $tokens, $at)
            """, "$id", "$hash", "$title", "$pub", "$published", "$url", "$path", "$text", "$sentences", "$tokens", "$at");
        _insertSentence = c.Prepare("INSERT INTO sentences(doc_id, idx, start, \"end\", text) VALUES ($doc, $idx, $start, $end, $text)",
            "$doc", "$idx", "$start", "$end", "$text");
        _insertActor = c.Prepare("""
            INSERT INTO actor_mentions(doc_id, sentence, start, "end", text, code, name, country, how)
            VALUES ($doc, $s, $start, $end, $text, $code, $name, $country, $how)
            """, "$doc", "$s", "$start", "$end", "$text", "$code", "$name", "$country", "$how");
        _insertEvent = c.Prepare("""
            INSERT INTO event_mentions(id, doc_id, sentence, start, "end", date, date_precision,
              actor1_code, actor1_name, actor1_country, actor1_text, actor2_code, actor2_name, actor2_country, actor2_text,
              cameo, root, quad, goldstein, plover_type, plover_mode, modality, confidence, pattern, cluster_id,
              block, first_day, last_day, date_start, date_end)
            VALUES ($id, $doc, $s, $start, $end, $date, $prec, $a1c, $a1n, $a1k, $a1t, $a2c, $a2n, $a2k, $a2t,
              $cameo, $root, $quad, $gold, $pt, $pm, $mod, $conf, $pat, NULL, $block, $first, $last, $ds, $de)
            """, "$id", "$doc", "$s", "$start", "$end", "$date", "$prec", "$a1c", "$a1n", "$a1k", "$a1t", "$a2c", "$a2n", "$a2k", "$a2t",
            "$cameo", "$root", "$quad", "$gold", "$pt", "$pm", "$mod", "$conf", "$pat", "$block", "$first", "$last", "$ds", "$de");
        _clusters = new ClusterWriter(c);
        _claims = new ClaimWriter(c);
        _treaties = new TreatyWriter(store);
    }

    /// <summary>True when a document with exactly this content hash is already stored.</summary>
    public bool ContainsHash(string hash)
    {
        Begin();
        return Run(_findHash, hash) is not null;
    }

    /// <summary>Stores one processed document (in the current batch).</summary>
    public StoreOutcome Write(Document doc, string hash)
    {
        Begin();
        if (ContainsHash(hash)) return StoreOutcome.AlreadyPresent;
        bool replacing = Run(_findId, doc.Id) is not null;
        var touched = new HashSet<long>();
        if (replacing)
        {
            var old = new List<long>();
            _docClusters.Parameters[0].Value = doc.Id;
            using (var r = _docClusters.ExecuteReader()) while (r.Read()) old.Add(r.GetInt64(0));
            Run(_deleteDoc, doc.Id);
            touched.UnionWith(_clusters.Recluster(old));
        }
        InsertDocument(doc, hash);
        foreach (var s in doc.Sentences) Run(_insertSentence, doc.Id, s.Index, s.Span.Start, s.Span.End, s.Text);
        foreach (var a in doc.Actors)
            Run(_insertActor, doc.Id, a.Sentence, a.Span.Start, a.Span.End, a.Text, a.Actor?.Code.Value, a.Actor?.Name, a.Actor?.Country, a.How);
        var removed = new List<long>();
        foreach (var e in doc.Events)
        {
            var m = ClusterRule.For(e, doc.Meta.Published);
            InsertEvent(doc, e, m);
            if (m is not { } cm) continue;
            long cluster = _clusters.Assign(e, cm, doc.Meta.Published, removed);
            touched.Add(cluster);
            _clusters.CheckDates(doc.Id, e, cluster);
        }
        _recount.UnionWith(touched);
        _recount.ExceptWith(removed);
        _claims.Write(doc);
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

    private void InsertEvent(Document doc, EventMention e, ClusterMention? m)
    {
        Run(_insertEvent, e.Id, doc.Id, e.Sentence, e.Span.Start, e.Span.End,
            e.Date.Date is null ? null : e.Date.ToIsoString(), e.Date.PrecisionName,
            e.Actor1?.Code.Value, e.Actor1?.Name, e.Actor1?.Country, e.Actor1?.Text,
            e.Actor2?.Code.Value, e.Actor2?.Name, e.Actor2?.Country, e.Actor2?.Text,
            e.Cameo.Value, e.Cameo.Root, e.Cameo.QuadClass, e.Goldstein, e.Plover?.Type, e.Plover?.Mode,
            e.Modality.ToString().ToLowerInvariant(), e.Confidence, e.Pattern,
            m?.Block, m?.FirstDay, m?.LastDay, e.DateSpan?.Start, e.DateSpan?.End);
    }

    private void Begin()
    {
        if (_tx is not null) return;
        _tx = _store.Connection.BeginTransaction();
        _commands.Bind(_tx);
        _treaties.Attach(_tx);
    }

    /// <summary>Commits the current batch.</summary>
    public void Commit()
    {
        foreach (var id in _recount) _clusters.Recount(id);
        _recount.Clear();
        _tx?.Commit();
        _tx?.Dispose();
        _tx = null;
        _inBatch = 0;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Commit();
        _commands.Dispose();
        _treaties.Dispose();
    }
}
