using Entente.Analysis;

namespace Entente.Tests.Analysis;

public class BlocDetectorTests
{
    private static string[] Sorted(IEnumerable<string> codes) => codes.Select(PlantedEvents.Country).OrderBy(c => c, StringComparer.Ordinal).ToArray();

    [Fact]
    public void Recovers_the_two_planted_blocs_exactly()
    {
        var bins = PlantedEvents.Build().ToBins(Granularity.Day);
        var graph = AlignmentGraphBuilder.Build(bins, new AlignmentOptions());
        var blocs = BlocDetector.Detect(graph);

        Assert.Equal(2, blocs.Count);
        var found = new[] { blocs.Codes(0), blocs.Codes(1) }.OrderBy(c => c[0], StringComparer.Ordinal).ToArray();
        Assert.Equal(Sorted(PlantedEvents.West), found[0]);
        Assert.Equal(Sorted(PlantedEvents.East), found[1]);
        Assert.True(blocs.Modularity > 0.2, $"modularity {blocs.Modularity}");
        Assert.True(blocs.MeanScore(0, 0) > 0 && blocs.MeanScore(0, 1) < 0);
    }

    [Fact]
    public void Recovers_three_mutually_hostile_blocs()
    {
        string[][] groups = [["ARG", "BRA", "CHL", "PER"], ["EGY", "KEN", "NGA", "ZAF"], ["IDN", "MYS", "THA", "VNM"]];
        var rng = new Random(3);
        var table = new EventTable();
        var all = groups.SelectMany(g => g).ToArray();
        for (int i = 0; i < 6000; i++)
        {
            string a = all[rng.Next(all.Length)], b = all[rng.Next(all.Length)];
            if (a == b) continue;
            bool same = groups.Any(g => g.Contains(a) && g.Contains(b));
            table.Add(new DateOnly(2024, 1, 1).AddDays(rng.Next(300)), a, b, same ? 1 : 3, same ? 3.4 : -4);
        }
        var blocs = BlocDetector.Detect(AlignmentGraphBuilder.Build(table.ToBins(Granularity.Month), new AlignmentOptions()));
        Assert.Equal(3, blocs.Count);
        var found = Enumerable.Range(0, 3).Select(blocs.Codes).Select(c => string.Join(",", c)).OrderBy(s => s).ToArray();
        Assert.Equal(groups.Select(g => string.Join(",", g)).OrderBy(s => s).ToArray(), found);
    }

    [Fact]
    public void Blocs_are_stable_across_neighbouring_windows()
    {
        var bins = PlantedEvents.Build().ToBins(Granularity.Day);
        var windows = BlocTimeline.Detect(bins, PlantedEvents.Start, PlantedEvents.End, windowDays: 120, stepDays: 60, new AlignmentOptions { HalfLifeDays = 60 });
        Assert.True(windows.Count >= 10);
        foreach (var w in windows)
        {
            Assert.Equal(2, w.Partition.Count);
            Assert.Equal(1.0, w.Stability);
        }
    }

    [Fact]
    public void A_state_cooperating_with_both_blocs_is_the_broker()
    {
        var table = PlantedEvents.Build(plantShift: false);
        var rng = new Random(11);
        var all = PlantedEvents.West.Concat(PlantedEvents.East).ToArray();
        for (int i = 0; i < 1500; i++)
            table.Add(PlantedEvents.Start.AddDays(rng.Next(700)), "IND", all[rng.Next(all.Length)], 1, 3);
        var blocs = BlocDetector.Detect(AlignmentGraphBuilder.Build(table.ToBins(Granularity.Month), new AlignmentOptions()));
        var central = Centrality.Compute(blocs);
        var broker = central.OrderByDescending(c => c.Participation).First();
        Assert.Equal("IND", broker.Code);
        Assert.True(broker.Participation > 0.4);
        Assert.Equal("IND", central.OrderByDescending(c => c.Betweenness).First().Code);
    }

    [Fact]
    public void Alignment_scores_are_signed_and_shrunk_towards_zero()
    {
        var table = new EventTable();
        var d = new DateOnly(2025, 1, 1);
        for (int i = 0; i < 20; i++) table.Add(d, "AAA", "BBB", 1, 5);
        table.Add(d, "AAA", "CCC", 4, -10);
        var g = AlignmentGraphBuilder.Build(table.ToBins(Granularity.Day), new AlignmentOptions { Prior = 10 });
        int a = g.IndexOf("AAA"), b = g.IndexOf("BBB"), c = g.IndexOf("CCC");
        Assert.Equal(100.0 / 110, g.Score(a, b), 9);
        Assert.Equal(g.Score(a, b), g.Score(b, a));
        Assert.Equal(-0.5, g.Score(a, c), 9);
        Assert.Equal(0, g.Score(b, c));
    }

    [Fact]
    public void Decay_halves_weight_after_one_half_life()
    {
        var table = new EventTable();
        table.Add(new DateOnly(2025, 1, 1), "AAA", "BBB", 1, 4);
        table.Add(new DateOnly(2025, 1, 1), "AAA", "CCC", 1, 4);
        table.Add(new DateOnly(2025, 4, 11), "AAA", "CCC", 1, 0);
        var g = AlignmentGraphBuilder.Build(table.ToBins(Granularity.Day), new AlignmentOptions { HalfLifeDays = 100, Until = new DateOnly(2025, 4, 11) });
        Assert.Equal(2.0, g.Weight(g.IndexOf("AAA"), g.IndexOf("BBB")), 9);
    }
}
