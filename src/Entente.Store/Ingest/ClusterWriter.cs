using Entente.Claims.Clustering;
using Entente.Model;
using Microsoft.Data.Sqlite;
using static Entente.Store.Ingest.StoreCommands;

namespace Entente.Store.Ingest;

/// <summary>
/// Incremental, order-independent clustering of stored event mentions (the rule of <see cref="ClusterRule"/>, the
/// method of <see cref="EventClusterer"/>): a new mention joins, and merges, every cluster holding a compatible
/// mention; a cluster's id is derived from its smallest mention id, so the same documents in any order give the same
/// clusters and ids. Removing a document re-clusters what is left of its clusters. Also flags conflicting explicit
/// dates for one event.
/// </summary>
internal sealed class ClusterWriter
{
    private readonly SqliteCommand _candidates, _clusterKey, _clusterExists, _insertCluster, _insertClusterFrom, _move, _deleteCluster,
        _setCluster, _recount, _members, _dateRivals, _insertContradiction;

    public ClusterWriter(StoreCommands commands)
    {
        _candidates = commands.Prepare("""
            SELECT id, cluster_id, first_day, last_day, block FROM event_mentions
            WHERE block = $b AND first_day BETWEEN $lo AND $hi AND id <> $id AND cluster_id IS NOT NULL
            """, "$b", "$lo", "$hi", "$id");
        _clusterKey = commands.Prepare("SELECT key FROM event_clusters WHERE id = $id", "$id");
        _clusterExists = commands.Prepare("SELECT count(*) FROM event_clusters WHERE id = $id", "$id");
        _insertCluster = commands.Prepare("INSERT INTO event_clusters(id, key, date, actor1, actor2, cameo) VALUES ($id, $key, $date, $a1, $a2, $cameo)",
            "$id", "$key", "$date", "$a1", "$a2", "$cameo");
        _insertClusterFrom = commands.Prepare("""
            INSERT INTO event_clusters(id, key, date, actor1, actor2, cameo)
            SELECT $id, m.id, coalesce(m.date, d.published), m.actor1_code, m.actor2_code, m.cameo
            FROM event_mentions m JOIN documents d ON d.id = m.doc_id WHERE m.id = $rep
            """, "$id", "$rep");
        _move = commands.Prepare("UPDATE event_mentions SET cluster_id = $to WHERE cluster_id = $from", "$to", "$from");
        _deleteCluster = commands.Prepare("DELETE FROM event_clusters WHERE id = $id", "$id");
        _setCluster = commands.Prepare("UPDATE event_mentions SET cluster_id = $c WHERE id = $id", "$c", "$id");
        _recount = commands.Prepare("""
            UPDATE event_clusters SET
              mentions = (SELECT count(*) FROM event_mentions WHERE cluster_id = $id),
              sources = (SELECT count(DISTINCT doc_id) FROM event_mentions WHERE cluster_id = $id),
              publications = (SELECT count(DISTINCT coalesce(d.publication, d.id)) FROM event_mentions m JOIN documents d ON d.id = m.doc_id WHERE m.cluster_id = $id)
            WHERE id = $id
            """, "$id");
        _members = commands.Prepare("SELECT id, block, first_day, last_day FROM event_mentions WHERE cluster_id = $id AND block IS NOT NULL", "$id");
        _dateRivals = commands.Prepare("""
            SELECT id, doc_id, date FROM event_mentions
            WHERE cluster_id = $c AND doc_id <> $doc AND cameo = $cameo AND date_start IS NOT NULL AND date_precision = 'day'
              AND modality = 'asserted' AND date <> $date AND coalesce(actor1_code, '') = $a1 AND coalesce(actor2_code, '') = $a2
            """, "$c", "$doc", "$cameo", "$date", "$a1", "$a2");
        _insertContradiction = commands.Prepare("""
            INSERT OR IGNORE INTO contradictions(kind, subject, a_id, a_doc, a_value, b_id, b_doc, b_value)
            VALUES ($kind, $subject, $aid, $adoc, $aval, $bid, $bdoc, $bval)
            """, "$kind", "$subject", "$aid", "$adoc", "$aval", "$bid", "$bdoc", "$bval");
    }

    /// <summary>Puts a just-inserted mention into its cluster, merging clusters it bridges; returns the cluster id and those removed.</summary>
    public long Assign(EventMention e, ClusterMention m, DateOnly? published, ICollection<long> removed)
    {
        var (lo, hi) = ClusterRule.CandidateFirstDays(m);
        var clusters = new SortedSet<long>();
        _candidates.Parameters[0].Value = m.Block;
        _candidates.Parameters[1].Value = lo;
        _candidates.Parameters[2].Value = hi;
        _candidates.Parameters[3].Value = m.Id;
        using (var r = _candidates.ExecuteReader())
            while (r.Read())
                if (ClusterRule.Compatible(m, new ClusterMention(r.GetString(0), r.GetString(4), r.GetInt32(2), r.GetInt32(3)))) clusters.Add(r.GetInt64(1));
        string rep = m.Id;
        foreach (var c in clusters)
            if (Run(_clusterKey, c) is string key && string.CompareOrdinal(key, rep) < 0) rep = key;
        long target = ClusterRule.IdOf(rep);
        if (Convert.ToInt64(Run(_clusterExists, target)) == 0)
            Run(_insertCluster, target, rep, e.Date.Date is not null ? e.Date.ToIsoString() : published?.ToString("yyyy-MM-dd"),
                e.Actor1?.Code.Value, e.Actor2?.Code.Value, e.Cameo.Value);
        foreach (var c in clusters)
        {
            if (c == target) continue;
            Run(_move, target, c);
            Run(_deleteCluster, c);
            removed.Add(c);
        }
        Run(_setCluster, target, m.Id);
        return target;
    }

    /// <summary>Flags other documents' explicit day dates for the same event (same cluster, code and actors) that differ.</summary>
    public void CheckDates(string docId, EventMention e, long cluster)
    {
        if (e.DateSpan is null || e.Date.Precision != DatePrecision.Day || e.Modality != Modality.Asserted) return;
        var date = e.Date.ToIsoString();
        var rivals = new List<(string Id, string Doc, string Date)>();
        _dateRivals.Parameters[0].Value = cluster;
        _dateRivals.Parameters[1].Value = docId;
        _dateRivals.Parameters[2].Value = e.Cameo.Value;
        _dateRivals.Parameters[3].Value = date;
        _dateRivals.Parameters[4].Value = e.Actor1?.Code.Value ?? "";
        _dateRivals.Parameters[5].Value = e.Actor2?.Code.Value ?? "";
        using (var r = _dateRivals.ExecuteReader())
            while (r.Read()) rivals.Add((r.GetString(0), r.GetString(1), r.GetString(2)));
        var subject = $"{e.Actor1?.Code.Value ?? "-"}→{e.Actor2?.Code.Value ?? "-"} {e.Cameo.Value} date";
        foreach (var (id, doc, other) in rivals)
        {
            bool first = string.CompareOrdinal(e.Id, id) < 0;
            Run(_insertContradiction, "date", subject, first ? e.Id : id, first ? docId : doc, first ? date : other,
                first ? id : e.Id, first ? doc : docId, first ? other : date);
        }
    }

    /// <summary>Re-clusters what remains of <paramref name="clusterIds"/> after mentions were deleted; returns the clusters to recount.</summary>
    public IEnumerable<long> Recluster(IEnumerable<long> clusterIds)
    {
        var result = new HashSet<long>();
        foreach (var cid in clusterIds)
        {
            var clusterer = new EventClusterer();
            _members.Parameters[0].Value = cid;
            using (var r = _members.ExecuteReader())
                while (r.Read()) clusterer.Add(new ClusterMention(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3)));
            bool keep = false;
            for (int i = 0; i < clusterer.Count; i++)
            {
                long target = ClusterRule.IdOf(clusterer.RepresentativeOf(i));
                if (target == cid) { keep = true; continue; }
                if (Convert.ToInt64(Run(_clusterExists, target)) == 0) Run(_insertClusterFrom, target, clusterer.RepresentativeOf(i));
                Run(_setCluster, target, clusterer[i].Id);
                result.Add(target);
            }
            if (keep) result.Add(cid); else Run(_deleteCluster, cid);
        }
        return result;
    }

    /// <summary>Recomputes a cluster's mention, document and publication counts.</summary>
    public void Recount(long id) => Run(_recount, id);
}
