using Entente.Sources;
using Entente.Store;
using Entente.Store.Ingest;
using Entente.Tests.Support;

namespace Entente.Tests.Claims;

public class ClaimStoreTests
{
    private static SqliteStore Ingest(TempDir dir, string name, IEnumerable<Entente.Model.Document> docs)
    {
        var store = SqliteStore.Open(dir.File(name));
        using var w = new DocumentWriter(store);
        foreach (var d in docs) w.Write(d, DocumentHash.Of(d.Text));
        return store;
    }

    private static List<string> Rows(SqliteStore store, string sql)
    {
        using var cmd = store.Command(sql);
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(string.Join("|", Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return list;
    }

    [Fact]
    public void Planted_contradictions_are_flagged_and_agreeing_sources_are_not()
    {
        using var dir = new TempDir();
        using var store = Ingest(dir, "a.db", ClaimStory.Documents());
        var amounts = Rows(store, "SELECT a_doc, a_value, b_doc, b_value FROM contradictions WHERE kind = 'amount' ORDER BY a_id, b_id");
        Assert.Equal(
        [
            "harbour-1|120 supersonic cruise missiles|ledger-1|about 80 supersonic cruise missiles",
            "ledger-1|about 80 supersonic cruise missiles|ledger-2|120 missiles",
        ], amounts);
        var dates = Rows(store, "SELECT a_doc, a_value, b_doc, b_value FROM contradictions WHERE kind = 'date' ORDER BY a_id, b_id");
        Assert.Equal(["harbour-1|2025-03-04|post-1|2025-03-03", "post-1|2025-03-03|wire-1|2025-03-04"], dates);
        // $15bn "about" (13.5–16.5bn) and "nearly $16bn" (14.4–16bn) agree: nothing flagged for trade.
        Assert.Empty(Rows(store, "SELECT * FROM contradictions WHERE subject LIKE '%USD%'"));
    }

    [Fact]
    public void Same_event_in_several_articles_is_one_cluster_with_its_sources()
    {
        using var dir = new TempDir();
        using var store = Ingest(dir, "a.db", ClaimStory.Documents());
        var signing = Rows(store, "SELECT c.mentions, c.sources, c.publications FROM event_clusters c WHERE c.cameo = '057'");
        Assert.Equal(["3|3|3"], signing);
        var delivery = Rows(store, "SELECT c.mentions, c.sources, c.publications FROM event_clusters c WHERE c.cameo = '074'");
        Assert.Equal(["3|3|2"], delivery);
        Assert.Equal(0L, store.Scalar("SELECT count(*) FROM event_mentions WHERE cluster_id IS NULL"));
    }

    [Fact]
    public void Any_ingest_order_gives_the_same_clusters_and_contradictions()
    {
        using var dir = new TempDir();
        var docs = ClaimStory.Documents();
        using var forward = Ingest(dir, "f.db", docs);
        const string clusters = "SELECT m.id, m.cluster_id, c.key, c.mentions, c.sources FROM event_mentions m JOIN event_clusters c ON c.id = m.cluster_id ORDER BY m.id";
        const string contradictions = "SELECT kind, a_id, b_id FROM contradictions ORDER BY kind, a_id, b_id";
        var expected = (Rows(forward, clusters), Rows(forward, contradictions));
        var rng = new Random(3);
        for (int round = 0; round < 4; round++)
        {
            using var other = Ingest(dir, $"o{round}.db", docs.OrderBy(_ => rng.Next()).ToList());
            Assert.Equal(expected.Item1, Rows(other, clusters));
            Assert.Equal(expected.Item2, Rows(other, contradictions));
        }
    }

    [Fact]
    public void Replacing_a_document_reclusters_and_drops_its_contradictions()
    {
        using var dir = new TempDir();
        var docs = ClaimStory.Documents();
        using var store = Ingest(dir, "a.db", docs);
        var replacement = ClaimDocs.Build("The ledger corrected its report.", "2025-03-06", "ledger-1", "Daily Ledger");
        using (var w = new DocumentWriter(store)) w.Write(replacement, DocumentHash.Of(replacement.Text));
        // Without the 5 March mention the deliveries of 4 and 6 March are two days apart: two clusters.
        Assert.Equal(["1|1", "1|1"], Rows(store, "SELECT mentions, sources FROM event_clusters WHERE cameo = '074' ORDER BY id"));
        Assert.Empty(Rows(store, "SELECT * FROM contradictions WHERE kind = 'amount'"));
        Assert.Equal(0L, store.Scalar("SELECT count(*) FROM event_clusters WHERE mentions = 0"));
    }

    [Fact]
    public void Amounts_quotes_and_times_are_stored_with_document_sentence_and_span()
    {
        using var dir = new TempDir();
        using var store = Ingest(dir, "a.db", ClaimStory.Documents());
        var amount = Rows(store, "SELECT doc_id, sentence, start, \"end\", text, low, high, counted FROM amounts WHERE approximation = 'about' AND counted = 'missile'");
        var text = ClaimStory.Documents()[1].Text;
        int start = text.IndexOf("about 80", StringComparison.Ordinal);
        Assert.Equal([$"ledger-1|0|{start}|{start + "about 80 supersonic cruise missiles".Length}|about 80 supersonic cruise missiles|72|88|missile"], amount);
        var quote = Rows(store, "SELECT doc_id, sentence, text, speaker_text, verb FROM quotations");
        Assert.Equal(["ledger-1|1|The quantities are a matter between two sovereign governments,|a ministry spokesman|say"], quote);
        Assert.Contains("harbour-1|Tuesday|2025-03-04|day", Rows(store, "SELECT doc_id, text, date, date_precision FROM time_expressions"));
    }
}
