using Entente.Claims.Clustering;
using Entente.Model;

namespace Entente.Tests.Claims;

public class EventClustererTests
{
    private static EventMention Mention(string id, string cameo, string? a1, string? a2, EventDate date) => new()
    {
        Id = id, Sentence = 0, Span = new CharSpan(0, 1), Cameo = new CameoCode(cameo), Date = date,
        Actor1 = a1 is null ? null : ClaimDocs.Actor(a1), Actor2 = a2 is null ? null : ClaimDocs.Actor(a2),
    };

    private static EventDate Day(int d) => EventDate.OfDay(new DateOnly(2025, 3, d));

    private static List<EventMention> VisitStory() =>
    [
        Mention("a#0.0", "042", "INDGOV", "VNM", Day(3)),
        Mention("b#1.0", "043", "VNMGOV", "IND", Day(3)),   // Vietnam hosts India: same visit, actors swapped
        Mention("c#0.0", "040", "IND", "VNM", Day(4)),      // talks the next day
        Mention("d#2.0", "042", "IND", "VNMGOV", Day(5)),
        Mention("e#0.1", "042", "IND", "VNM", Day(2)),
        Mention("f#0.0", "042", "IND", "VNM", Day(28)),     // another visit, weeks later
        Mention("g#0.0", "042", "CHN", "VNM", Day(3)),      // another dyad
        Mention("h#0.0", "111", "CHN", "IND", Day(5)),      // another family
        Mention("i#0.0", "042", "IND", "VNM", EventDate.OfYear(2019)),
        Mention("j#0.0", "042", "VNM", "IND", EventDate.OfYear(2019)),
    ];

    private static Dictionary<string, string> Cluster(IEnumerable<EventMention> mentions)
    {
        var c = new EventClusterer();
        var ids = new List<(string, int)>();
        foreach (var m in mentions) ids.Add((m.Id, c.Add(ClusterRule.For(m, new DateOnly(2025, 3, 6))!.Value)));
        return ids.ToDictionary(x => x.Item1, x => c.RepresentativeOf(x.Item2));
    }

    [Fact]
    public void A_visit_reported_by_five_outlets_is_one_event()
    {
        var reps = Cluster(VisitStory());
        var visit = new[] { "a#0.0", "b#1.0", "c#0.0", "d#2.0", "e#0.1" };
        Assert.All(visit, id => Assert.Equal("a#0.0", reps[id]));
        Assert.Equal("f#0.0", reps["f#0.0"]);
        Assert.Equal("g#0.0", reps["g#0.0"]);
        Assert.Equal("h#0.0", reps["h#0.0"]);
        Assert.Equal("i#0.0", reps["j#0.0"]);
        Assert.Equal(5, reps.Values.Distinct().Count());
    }

    [Fact]
    public void Clusters_do_not_depend_on_arrival_order()
    {
        var expected = Cluster(VisitStory());
        var rng = new Random(7);
        for (int round = 0; round < 20; round++)
        {
            var shuffled = VisitStory().OrderBy(_ => rng.Next()).ToList();
            Assert.Equal(expected, Cluster(shuffled));
        }
    }

    [Fact]
    public void A_late_mention_bridges_two_clusters_into_one()
    {
        var mentions = new List<EventMention>
        {
            Mention("x", "042", "IND", "VNM", Day(3)),
            Mention("y", "042", "IND", "VNM", Day(9)),
            Mention("w", "042", "IND", "VNM", EventDate.OfWeek(new DateOnly(2025, 3, 3))),
        };
        var reps = Cluster(mentions);
        Assert.Equal("w", reps["x"]);
        Assert.Equal("w", reps["y"]);
    }

    [Fact]
    public void Year_and_month_dates_never_link_with_day_dates()
    {
        var reps = Cluster([Mention("p", "042", "IND", "VNM", EventDate.OfYear(2025)), Mention("q", "042", "IND", "VNM", Day(3)),
            Mention("r", "042", "IND", "VNM", EventDate.OfMonth(2025, 3)), Mention("s", "042", "VNM", "IND", EventDate.OfMonth(2025, 3)),
            Mention("t", "042", "MEX", "YEM", Day(3)), Mention("u", "042", "MEX", "YEM", Day(4))]);
        Assert.Equal(4, reps.Values.Distinct().Count()); // {p}, {q}, {r, s}, {t, u}
        Assert.Equal("r", reps["s"]);
        Assert.Equal("t", reps["u"]);
    }

    [Fact]
    public void Cluster_ids_are_stable_functions_of_the_representative()
    {
        Assert.Equal(ClusterRule.IdOf("a#0.0"), ClusterRule.IdOf("a#0.0"));
        Assert.NotEqual(ClusterRule.IdOf("a#0.0"), ClusterRule.IdOf("a#0.1"));
        Assert.InRange(ClusterRule.IdOf("anything"), 1, (1L << 53) - 1);
    }
}
