using Entente.Model;
using Entente.Pipeline;
using Entente.Sources;
using Entente.Store;
using Entente.Store.Ingest;
using Entente.Store.Queries;
using Entente.Store.Schema;
using Entente.Tests.Support;

namespace Entente.Tests.Store;

public class SqliteStoreTests
{
    private static Document Doc(string id, string text, string? publication = "Wire", DateOnly? published = null)
    {
        var doc = new Document(new DocumentMetadata { Id = id, Title = "T " + id, Publication = publication, Published = published ?? new DateOnly(2025, 3, 4) }, text);
        DefaultPipeline.Create().Process(doc);
        return doc;
    }

    [Fact]
    public void OpeningMigratesToTheLatestSchemaInWalMode()
    {
        using var dir = new TempDir();
        using var store = SqliteStore.Open(dir.File("x.db"));
        Assert.Equal(Migrations.Latest, store.SchemaVersion);
        Assert.Equal("wal", store.Scalar("PRAGMA journal_mode;"));
        Assert.Equal("ok", store.IntegrityCheck());
    }

    [Fact]
    public void SameTextIsStoredOnceAndChangedTextUnderTheSameIdReplacesIt()
    {
        using var dir = new TempDir();
        using var store = SqliteStore.Open(dir.File("x.db"));
        using (var w = new DocumentWriter(store))
        {
            var a = Doc("a", "India and Vietnam signed a treaty. China objected.");
            Assert.Equal(StoreOutcome.Added, w.Write(a, DocumentHash.Of(a.Text)));
            // Same text with different white space under another id: already present.
            var again = Doc("b", "India and  Vietnam signed a treaty.\nChina objected.");
            Assert.Equal(StoreOutcome.AlreadyPresent, w.Write(again, DocumentHash.Of(again.Text)));
            var changed = Doc("a", "India and Vietnam signed a new treaty.");
            Assert.Equal(StoreOutcome.Updated, w.Write(changed, DocumentHash.Of(changed.Text)));
        }
        Assert.Equal(1L, store.Scalar("SELECT count(*) FROM documents"));
        Assert.Equal(1L, store.Scalar("SELECT count(*) FROM sentences"));
        var hit = Assert.Single(StoreQueries.Search(store, "new"));
        Assert.Equal("India and Vietnam signed a [new] treaty.", hit.Highlighted);
        Assert.Empty(StoreQueries.Search(store, "objected"));
    }

    [Fact]
    public void EventsRoundTripIntoTheVersionedRecordWithClusterCounts()
    {
        using var dir = new TempDir();
        using var store = SqliteStore.Open(dir.File("x.db"));
        using (var w = new DocumentWriter(store))
        {
            foreach (var (id, pub) in new[] { ("d1", "Wire"), ("d2", "Post"), ("d3", "Wire") })
            {
                // Distinct texts so all three are stored; the event is in the first sentence of each.
                var doc = Doc(id, $"India's prime minister visited Hanoi on Monday. Report {id}.", pub);
                doc.Events.Add(new EventMention
                {
                    Id = $"{id}#0.0", Sentence = 0, Span = new CharSpan(22, 29),
                    Actor1 = new ActorRef(new ActorCode("INDGOV"), "India", "IND", "India's prime minister"),
                    Actor2 = new ActorRef(new ActorCode("VNM"), "Vietnam", "VNM", "Hanoi"),
                    Cameo = new CameoCode("042"), Goldstein = 1.9, Plover = new PloverEvent("CONSULT", "visit"),
                    Modality = Modality.Asserted, Confidence = 0.9, Date = EventDate.OfDay(new DateOnly(2025, 3, 3)),
                });
                w.Write(doc, DocumentHash.Of(doc.Text));
            }
        }
        var events = EventQueries.List(store, new EventFilter { Dyad = ("IND", "VNM") }).ToList();
        Assert.Equal(3, events.Count);
        var e = events[0];
        Assert.Equal((3, 3, 2), (e.Mentions, e.SourceDocuments, e.SourcePublications));
        Assert.Equal(("042", "04", 1), (e.Cameo, e.Root, e.Quad));
        Assert.Equal("India's prime minister visited Hanoi on Monday.", e.Text);
        var json = System.Text.Json.JsonDocument.Parse(EventRecordJson.ToJson(e)).RootElement;
        string[] fields = ["schema", "id", "doc", "title", "publication", "published", "date", "datePrecision", "sentence", "text", "span",
            "actor1", "actor2", "cameo", "root", "quad", "goldstein", "plover", "modality", "confidence", "cluster", "mentions", "sources"];
        Assert.Equal(fields, json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, json.GetProperty("schema").GetInt32());
        Assert.Equal("2025-03-03", json.GetProperty("date").GetString());
        Assert.Equal("day", json.GetProperty("datePrecision").GetString());
        Assert.Equal("INDGOV", json.GetProperty("actor1").GetProperty("code").GetString());
        Assert.Equal("visit", json.GetProperty("plover").GetProperty("mode").GetString());
        Assert.Equal(2, json.GetProperty("sources").GetProperty("publications").GetInt32());
        Assert.Empty(EventQueries.List(store, new EventFilter { Dyad = ("VNM", "IND") }));
        Assert.Empty(EventQueries.List(store, new EventFilter { CodePrefix = "05" }));
        Assert.Equal(3, EventQueries.List(store, new EventFilter { Actor = "vnm", Since = new DateOnly(2025, 3, 3), Until = new DateOnly(2025, 3, 3) }).Count());
    }

    [Fact]
    public void ReadersSeeCommittedDataWhileAWriterHoldsATransaction()
    {
        using var dir = new TempDir();
        var path = dir.File("x.db");
        using var store = SqliteStore.Open(path);
        using var w = new DocumentWriter(store, batchSize: 1000);
        var a = Doc("a", "First document.");
        w.Write(a, DocumentHash.Of(a.Text));
        w.Commit();
        var b = Doc("b", "Second document, not yet committed.");
        w.Write(b, DocumentHash.Of(b.Text));
        using (var reader = SqliteStore.Open(path, readOnly: true))
            Assert.Equal(1L, reader.Scalar("SELECT count(*) FROM documents"));
        w.Commit();
        using (var reader = SqliteStore.Open(path, readOnly: true))
            Assert.Equal(2L, reader.Scalar("SELECT count(*) FROM documents"));
    }
}
