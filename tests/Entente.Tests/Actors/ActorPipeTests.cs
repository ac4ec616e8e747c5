using Entente.Actors;
using Entente.Actors.Dictionaries;

namespace Entente.Tests.Actors;

public class ActorPipeTests
{
    [Fact]
    public void A_mention_can_be_recoded_at_the_events_own_date()
    {
        var pipe = new ActorPipe(ActorDictionaryLoader.BuiltIn);
        var m = ActorTestText.Resolve("Netanyahu spoke to reporters.", "2022-01-01", pipe);
        var mention = Assert.Single(m, x => x.Text == "Netanyahu");
        Assert.Equal("ISRELI", mention.Actor!.Code.Value);
        Assert.Equal("ISRGOV", pipe.Resolver.ResolveAt(mention, new DateOnly(2015, 1, 1))!.Code.Value);
        var russia = ActorTestText.Resolve("Russia objected.", "2022-01-01", pipe).Single();
        Assert.Same(russia.Actor, pipe.Resolver.ResolveAt(russia, new DateOnly(1999, 1, 1)));
    }

    [Fact]
    public void Tally_counts_actors_and_lists_unknown_names()
    {
        var tally = new ActorTally();
        tally.Add(ActorTestText.Resolve("Iran and Iraq met. Iran and Qorvath Zell signed.", "2022-01-01"));
        tally.Add(ActorTestText.Resolve("Qorvath Zell denied it.", "2022-01-01"));
        Assert.Equal(new ActorCount("IRN", "Iran", 2), tally.Resolved()[0]);
        Assert.Equal(new UnresolvedCount("Qorvath Zell", 2), Assert.Single(tally.Unresolved()));
    }

    [Fact]
    public void The_pipe_gives_the_same_answer_from_many_threads()
    {
        const string text = "Japanese Prime Minister Fumio Kishida met Chinese officials in Beijing. Kishida said he hoped the two leaders would meet again.";
        var expected = ActorTestText.Resolve(text, "2023-03-01").Select(m => (m.Text, m.Actor?.Code.Value)).ToList();
        Parallel.For(0, 64, _ =>
        {
            var got = ActorTestText.Resolve(text, "2023-03-01").Select(m => (m.Text, m.Actor?.Code.Value)).ToList();
            Assert.Equal(expected, got);
        });
        Assert.Contains(("Kishida", "JPNGOV"), expected);
    }
}
