using Entente.Text.Parsing;

namespace Entente.Tests.Text.Parsing;

public class BeamCandidateTests
{
    [Fact]
    public void SelectsTheBestFirstAndKeepsTheOrderOfTies()
    {
        BeamCandidate[] all = [new(0, 0, 1.0), new(1, 1, 3.0), new(2, 2, 2.0), new(3, 3, 3.0), new(4, 0, -1.0)];
        int kept = BeamCandidate.SelectBest(all, 3);
        Assert.Equal(3, kept);
        Assert.Equal([1, 3, 2], all.Take(3).Select(c => c.Parent));
    }

    [Fact]
    public void KeepsEverythingWhenThereAreFewerCandidatesThanTheWidth()
    {
        BeamCandidate[] all = [new(0, 0, 1.0), new(1, BeamCandidate.Carry, 5.0)];
        Assert.Equal(2, BeamCandidate.SelectBest(all, 8));
        Assert.Equal(BeamCandidate.Carry, all[0].Move);
    }
}
