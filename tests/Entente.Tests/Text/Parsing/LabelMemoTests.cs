using Entente.Text.Parsing;

namespace Entente.Tests.Text.Parsing;

public class LabelMemoTests
{
    [Fact]
    public void RemembersALabelOnlyForTheSameSurroundingsAndSentence()
    {
        var s = new ParserState();
        s.Reset(4);
        s.Apply(Transition.Shift, 0);
        var memo = new LabelMemo();
        memo.NextSentence();
        ulong key = LabelMemo.KeyOf(s, 2, 1);
        Assert.False(memo.TryGet(key, out _));
        memo.Set(key, 5);
        Assert.True(memo.TryGet(key, out int label));
        Assert.Equal(5, label);
        Assert.NotEqual(key, LabelMemo.KeyOf(s, 3, 1));
        // A new left child of the dependent changes what the label model sees.
        var t = new ParserState();
        t.CopyFrom(s);
        t.AddArc(3, 2, 4);
        Assert.NotEqual(LabelMemo.KeyOf(s, 4, 3), LabelMemo.KeyOf(t, 4, 3));
        memo.NextSentence();
        Assert.False(memo.TryGet(key, out _));
    }
}
