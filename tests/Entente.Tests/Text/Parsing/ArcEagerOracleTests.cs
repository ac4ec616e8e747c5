using Entente.Text.Corpora;
using Entente.Text.Parsing;

namespace Entente.Tests.Text.Parsing;

public class ArcEagerOracleTests
{
    private static (int[] Heads, string[] Labels) Projective(ConlluSentence s)
    {
        int n = s.Words.Count;
        var h = new int[n + 1];
        var l = new string[n + 1];
        l[0] = "";
        for (int i = 1; i <= n; i++) { h[i] = s.Words[i - 1].Head; l[i] = s.Words[i - 1].Relation; }
        PseudoProjective.Projectivize(h, l);
        return (h, l);
    }

    private static IEnumerable<ConlluSentence> SingleRooted(List<ConlluSentence> all) =>
        all.Where(s => s.Words.Count(w => w.Head == 0) == 1);

    [TreebankFact]
    public void FollowingZeroCostTransitionsRebuildsEveryProjectivisedGoldTree()
    {
        int sentences = 0;
        foreach (var s in SingleRooted(Treebank.Read("dev")))
        {
            var (gold, _) = Projective(s);
            var state = new ParserState();
            state.Reset(s.Words.Count);
            while (!state.IsTerminal)
            {
                var move = Enumerable.Range(0, 4).Select(t => (Transition)t)
                    .First(t => state.IsLegal(t) && ArcEagerOracle.Cost(state, t, gold) == 0);
                state.Apply(move, 0);
            }
            for (int d = 1; d <= s.Words.Count; d++) Assert.Equal(gold[d], state.Head[d]);
            sentences++;
        }
        Assert.True(sentences > 1900);
    }

    [TreebankFact]
    public void CostsAlongAnyPathAddUpToTheGoldArcsMissed()
    {
        // Arc-eager is arc-decomposable: the summed cost of the transitions taken equals the
        // number of gold arcs absent from the final configuration, whatever the path.
        var rng = new Random(7);
        foreach (var s in SingleRooted(Treebank.Read("dev", 600)))
        {
            var (gold, _) = Projective(s);
            var state = new ParserState();
            state.Reset(s.Words.Count);
            int total = 0;
            while (!state.IsTerminal)
            {
                var legal = Enumerable.Range(0, 4).Select(t => (Transition)t).Where(state.IsLegal).ToList();
                var move = legal[rng.Next(legal.Count)];
                total += ArcEagerOracle.Cost(state, move, gold);
                state.Apply(move, 0);
            }
            int missed = Enumerable.Range(1, s.Words.Count).Count(d => state.Head[d] != gold[d]);
            Assert.Equal(missed, total);
        }
    }

    [Fact]
    public void RootTakesASingleDependent()
    {
        var state = new ParserState();
        state.Reset(3);
        state.Apply(Transition.Shift, 0);
        state.Apply(Transition.LeftArc, 0);      // 1 <- 2
        Assert.True(state.IsLegal(Transition.RightArc));
        state.Apply(Transition.RightArc, 0);     // 0 -> 2
        state.Apply(Transition.Reduce, 0);
        Assert.Equal(0, state.Stack(0));
        Assert.False(state.IsLegal(Transition.RightArc));
        Assert.False(state.IsLegal(Transition.LeftArc));
        Assert.False(state.IsLegal(Transition.Reduce));
        Assert.True(state.IsLegal(Transition.Shift));
    }
}
