using Entente.Text.Parsing;

namespace Entente.Tests.Text.Parsing;

public class ParserStateTests
{
    [Fact]
    public void ACopyEvolvesLikeTheOriginalAndLeavesItAlone()
    {
        var a = new ParserState();
        a.Reset(5);
        a.Apply(Transition.Shift, 0);
        a.Apply(Transition.LeftArc, 7);
        a.Apply(Transition.RightArc, 0);
        var b = new ParserState();
        b.Reset(2); // smaller arrays' contents must not leak into the copy
        b.CopyFrom(a);
        b.Apply(Transition.RightArc, 3);
        a.Apply(Transition.RightArc, 3);
        Assert.Equal(a.StackSize, b.StackSize);
        Assert.Equal(a.Buffer, b.Buffer);
        for (int i = 0; i <= 5; i++)
        {
            Assert.Equal(a.Head[i], b.Head[i]);
            Assert.Equal(a.Label[i], b.Label[i]);
            Assert.Equal(a.Right1[i], b.Right1[i]);
            Assert.Equal(a.LeftLabels[i], b.LeftLabels[i]);
        }
        b.Apply(Transition.Reduce, 0);
        Assert.NotEqual(a.StackSize, b.StackSize);
    }
}
