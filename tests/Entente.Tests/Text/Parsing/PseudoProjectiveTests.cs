using Entente.Text.Parsing;

namespace Entente.Tests.Text.Parsing;

public class PseudoProjectiveTests
{
    // "A hearing is scheduled on the issue today": "issue" depends on "hearing" across "is".
    private static (int[] Heads, string[] Labels) Hearing() => (
        [-1, 2, 4, 4, 0, 7, 7, 2, 4],
        ["", "det", "nsubj:pass", "aux:pass", "root", "case", "det", "nmod", "obl:tmod"]);

    [Fact]
    public void LiftsTheCrossingArcToTheGrandparentAndEncodesTheHeadLabel()
    {
        var (h, l) = Hearing();
        Assert.False(PseudoProjective.IsProjective(h));
        Assert.Equal(1, PseudoProjective.Projectivize(h, l));
        Assert.True(PseudoProjective.IsProjective(h));
        Assert.Equal(4, h[7]);
        Assert.Equal("nmod|nsubj:pass", l[7]);
    }

    [Fact]
    public void DeprojectivizeRestoresTheOriginalTree()
    {
        var (h, l) = Hearing();
        var (h0, l0) = Hearing();
        PseudoProjective.Projectivize(h, l);
        PseudoProjective.Deprojectivize(h, l);
        Assert.Equal(h0, h);
        Assert.Equal(l0, l);
    }

    [Fact]
    public void UnresolvableLabelKeepsItsHeadAndLosesTheSuffix()
    {
        int[] h = [-1, 2, 0, 2];
        string[] l = ["", "nsubj", "root", "obj|ccomp"];
        PseudoProjective.Deprojectivize(h, l);
        Assert.Equal(2, h[3]);
        Assert.Equal("obj", l[3]);
    }

    [TreebankFact]
    public void RoundTripsTheNonProjectiveTreesOfTheTreebank()
    {
        int nonProjective = 0, restored = 0;
        foreach (var s in Treebank.Read("train"))
        {
            int n = s.Words.Count;
            var h = new int[n + 1];
            var l = new string[n + 1];
            l[0] = "";
            for (int i = 1; i <= n; i++) { h[i] = s.Words[i - 1].Head; l[i] = s.Words[i - 1].Relation; }
            if (PseudoProjective.IsProjective(h)) continue;
            nonProjective++;
            var h0 = (int[])h.Clone();
            var l0 = (string[])l.Clone();
            PseudoProjective.Projectivize(h, l);
            Assert.True(PseudoProjective.IsProjective(h));
            PseudoProjective.Deprojectivize(h, l);
            if (h.SequenceEqual(h0) && l.SequenceEqual(l0)) restored++;
        }
        Assert.True(nonProjective > 100, $"only {nonProjective} non-projective trees");
        // The head-label encoding is lossy only when another node under the head has the same label.
        Assert.True(restored >= 0.9 * nonProjective, $"{restored} of {nonProjective} restored");
    }
}
