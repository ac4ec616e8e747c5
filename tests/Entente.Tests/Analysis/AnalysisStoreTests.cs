using System.Xml.Linq;
using Entente.Analysis;
using Entente.Analysis.Treaties;
using Entente.Model;
using Entente.Sources;
using Entente.Store;
using Entente.Store.Export;
using Entente.Store.Ingest;
using Entente.Store.Queries;
using Entente.Tests.Support;

namespace Entente.Tests.Analysis;

public class AnalysisStoreTests
{
    private static EventMention Event(string id, string a1, string a2, string cameo, double goldstein, DateOnly? date, Modality modality = Modality.Asserted) => new()
    {
        Id = id, Sentence = 0, Span = new CharSpan(0, 1), Cameo = new CameoCode(cameo), Goldstein = goldstein, Modality = modality,
        Actor1 = new ActorRef(new ActorCode(a1), null, a1[..3], a1), Actor2 = new ActorRef(new ActorCode(a2), null, a2[..3], a2),
        Date = date is { } d ? EventDate.OfDay(d) : EventDate.Unknown,
    };

    private static Document Doc(string id, string text, DateOnly published, params EventMention[] events)
    {
        var doc = TreatyDocs.Make(text, published);
        doc.Meta = doc.Meta with { Id = id };
        doc.Events.AddRange(events);
        return doc;
    }

    [Fact]
    public void Dyad_sums_follow_inserts_replacements_and_deletions()
    {
        using var dir = new TempDir();
        using var store = SqliteStore.Open(dir.File("a.db"));
        var pub = new DateOnly(2025, 3, 4);
        using (var w = new DocumentWriter(store))
        {
            w.Write(Doc("a", "China met America.", pub,
                Event("a#0.0", "CHNGOV", "USAGOV", "042", 1.9, new DateOnly(2025, 3, 1)),
                Event("a#0.1", "CHN", "USA", "173", -5, null),                                   // dated by publication
                Event("a#0.2", "CHN", "USA", "190", -10, null, Modality.Negated)), "h1");         // did not happen: not counted
            w.Write(Doc("b", "America protested.", pub, Event("b#0.0", "USA", "CHN", "111", -2, new DateOnly(2025, 4, 2))), "h2");
        }
        var directed = DyadSeries.Build(AnalysisQueries.DyadBins(store, "CHN", "USA", true, Granularity.Day), "CHN", "USA", Granularity.Month, true);
        var march = Assert.Single(directed.Points);
        Assert.Equal((1, 1, -3.1), (march.VerbalCooperation, march.MaterialConflict, Math.Round(march.GoldsteinSum, 1)));
        var months = DyadSeries.Build(AnalysisQueries.DyadBins(store, "CHN", "USA", false, Granularity.Month), "CHN", "USA", Granularity.Month, false);
        Assert.Equal([2, 1], months.Points.Select(p => p.Events));

        using (var w = new DocumentWriter(store)) w.Write(Doc("a", "China met America again.", pub, Event("a#0.0", "CHN", "USA", "042", 1.9, pub)), "h3");
        var after = AnalysisQueries.AllBins(store, Granularity.Day);
        Assert.Equal(2, Enumerable.Range(0, after.Count).Sum(after.Events));
        store.Execute("DELETE FROM documents WHERE id = 'b'");
        store.Execute("DELETE FROM event_mentions WHERE id = 'a#0.0'");
        var empty = AnalysisQueries.AllBins(store, Granularity.Month);
        Assert.Equal(0, empty.Count);
        Assert.Equal(0L, store.Scalar("SELECT count(*) FROM dyad_days WHERE q1 + q2 + q3 + q4 <> 0 OR abs(positive) > 1e-9 OR abs(negative) > 1e-9"));
    }

    [Fact]
    public void Treaties_are_stored_with_evidence_and_merged_across_documents()
    {
        using var dir = new TempDir();
        using var store = SqliteStore.Open(dir.File("t.db"));
        var pipe = new TreatyPipe();
        var a = Doc("a", "India and Vietnam signed a defence treaty on Tuesday. The Hanoi Defence Treaty supersedes the 2009 memorandum.", new DateOnly(2025, 3, 4));
        var b = Doc("b", "China condemned the defence treaty signed by India and Vietnam.", new DateOnly(2025, 3, 5));
        var c = Doc("c", "The European Union imposed sanctions on Iran on Monday.", new DateOnly(2025, 3, 5));
        using (var w = new DocumentWriter(store))
            foreach (var d in new[] { a, b, c }) { pipe.Process(d); w.Write(d, DocumentHash.Of(d.Text)); }

        var all = TreatyQueries.List(store);
        var hanoi = all.Single(t => t.Name == "Hanoi Defence Treaty");
        Assert.Equal(["IND", "VNM"], hanoi.Parties);
        Assert.Equal(["a", "b"], hanoi.Documents);
        Assert.Equal("2025-03-04", hanoi.Date);
        Assert.Contains(hanoi.Evidence, e => e.What == "supersedes" && e.Other == "2009 memorandum" && e.Text!.StartsWith("The Hanoi Defence Treaty"));
        Assert.Equal(["Hanoi Defence Treaty", "2009 memorandum"], TreatyQueries.List(store, "VNM").Select(t => t.Name).OrderDescending());
        var sanctions = Assert.Single(TreatyQueries.List(store, "IRN"));
        Assert.Equal("sanctions", sanctions.Kind);
        Assert.Equal("IRN", sanctions.Target);
    }

    [Fact]
    public void Cli_dyad_chart_blocs_shifts_and_exports()
    {
        using var dir = new TempDir();
        string db = dir.File("c.db");
        using (var store = SqliteStore.Open(db))
        using (var w = new DocumentWriter(store, batchSize: 1000))
        {
            var table = PlantedEvents.Build();
            int n = 0;
            var day = table.Day; var src = table.Source; var tgt = table.Target; var quad = table.Quad; var gold = table.Goldstein;
            for (int i = 0; i < table.Count; i += 40)
            {
                var events = new List<EventMention>();
                for (int k = i; k < Math.Min(table.Count, i + 40); k++)
                {
                    string cameo = quad[k] switch { 1 => "042", 2 => "061", 3 => "111", _ => "190" };
                    events.Add(Event($"d{n}#0.{k - i}", table.Actors[src[k]], table.Actors[tgt[k]], cameo, gold[k], DateOnly.FromDayNumber(day[k])));
                }
                w.Write(Doc($"d{n}", "Events.", DateOnly.FromDayNumber(day[i]), events.ToArray()), $"h{n}");
                n++;
            }
        }
        var dyad = Entente.Tests.Support.Cli.Run("dyad", "CHN", "USA", "--db", db, "--by", "month", "--undirected", "--format", "csv", "--chart", dir.File("c.svg"));
        Assert.Equal(0, dyad.ExitCode);
        var lines = dyad.Output.Trim().Split('\n');
        Assert.Equal("period,verbal_coop,material_coop,verbal_conflict,material_conflict,events,goldstein_sum,goldstein_mean", lines[0].Trim());
        Assert.Equal(25, lines.Length);
        Assert.StartsWith("2024-06,", lines.Skip(1).Single(l => int.Parse(l.Split(',')[5]) > 60));
        Assert.Equal("svg", XDocument.Load(dir.File("c.svg")).Root!.Name.LocalName);

        var blocs = Entente.Tests.Support.Cli.Run("blocs", "--db", db, "--format", "jsonl");
        Assert.Equal(0, blocs.ExitCode);
        Assert.Contains("\"members\":\"AUS DEU FRA GBR JPN USA\"", blocs.Output);
        Assert.Contains("\"members\":\"BLR CHN IRN PRK RUS SYR\"", blocs.Output);

        var shifts = Entente.Tests.Support.Cli.Run("shifts", "--db", db, "--period", "2024-06", "--format", "jsonl");
        Assert.Equal(0, shifts.ExitCode);
        Assert.StartsWith("{\"dyad\":\"CHN–USA\",\"period\":\"2024-06\"", shifts.Output);

        Assert.Equal(0, Entente.Tests.Support.Cli.Run("export", "gdelt", "--db", db, "--out", dir.File("e.tsv")).ExitCode);
        var first = File.ReadLines(dir.File("e.tsv")).First().Split('\t');
        Assert.Equal(61, first.Length);
        Assert.Equal(61, GdeltEventExport.Columns.Count);
        Assert.Equal(("20230101", "202301", "2023"), (first[1], first[2], first[3]));
        Assert.Equal("GOV", File.ReadLines(dir.File("e.tsv")).Select(l => l.Split('\t')).First(f => f[5] == "USAGOV")[12]);

        Assert.Equal(0, Entente.Tests.Support.Cli.Run("export", "graphml", "--db", db, "--out", dir.File("g.graphml")).ExitCode);
        var graphml = XDocument.Load(dir.File("g.graphml"));
        Assert.Equal(12, graphml.Descendants("{http://graphml.graphdrawing.org/xmlns}node").Count());
        Assert.Equal(0, Entente.Tests.Support.Cli.Run("export", "gexf", "--db", db, "--out", dir.File("g.gexf")).ExitCode);
        Assert.Equal(66, XDocument.Load(dir.File("g.gexf")).Descendants("{http://gexf.net/1.3}edge").Count());
        Assert.Equal(0, Entente.Tests.Support.Cli.Run("export", "csv", "--table", "nodes", "--db", db, "--out", dir.File("n.csv")).ExitCode);
        Assert.Equal(13, File.ReadAllLines(dir.File("n.csv")).Length);
        Assert.Equal(2, Entente.Tests.Support.Cli.Run("export", "pdf", "--db", db, "--out", dir.File("x")).ExitCode);
    }
}
