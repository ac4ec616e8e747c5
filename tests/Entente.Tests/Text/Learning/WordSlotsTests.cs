using Entente.Text.Learning;

namespace Entente.Tests.Text.Learning;

public class WordSlotsTests
{
    [Fact]
    public void AWordHasOneSlotWhateverItsCase()
    {
        var t = new WordSlots(3);
        int paris = t.Add("Paris");
        Assert.Equal(paris, t.Add("PARIS"));
        Assert.Equal(paris, t.Find("paris"));
        Assert.Equal(-1, t.Find("rome"));
        Assert.Equal(-1, WordSlots.Empty.Find("paris"));
    }

    [Fact]
    public void ManyWordsGetDistinctSlotsInATableAtMostTwoThirdsFull()
    {
        var words = Enumerable.Range(0, 20000).Select(i => $"w{i}").ToArray();
        var t = new WordSlots(words.Length);
        Assert.True(t.Capacity >= words.Length * 3 / 2);
        var slots = words.Select(w => t.Add(w)).ToArray();
        Assert.Equal(words.Length, slots.Distinct().Count());
        Assert.Equal(slots, words.Select(w => t.Find(w)));
    }

    [Fact]
    public void AFullTableRefusesAnotherWord()
    {
        var t = new WordSlots(0);
        for (int i = 0; i < t.Capacity - 1; i++) t.Add($"w{i}");
        Assert.Equal(0, t.Add("w0") - t.Find("w0")); // a word already in stays welcome
        Assert.Throws<InvalidOperationException>(() => t.Add("one-more"));
        Assert.Equal(-1, t.Find("absent")); // and a probe for an absent word still ends
    }
}
