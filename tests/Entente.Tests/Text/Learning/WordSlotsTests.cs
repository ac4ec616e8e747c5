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

    [Fact]
    public void AddAllFilesEveryWordWhereFindLooksAndKeepsTheFirstOfOneKeyFirst()
    {
        var words = Enumerable.Range(0, 5000).Select(i => $"w{i}").Append("Paris").Append("PARIS").ToArray();
        var keys = words.Select(w => WordSlots.KeyOf(w)).ToArray();
        var t = new WordSlots(words.Length);
        var slots = new int[words.Length];
        var order = t.AddAll(keys, slots);
        Assert.Equal(Enumerable.Range(0, words.Length), order.Order());
        for (int i = 0; i < words.Length; i++) Assert.Equal(slots[i], t.Find(words[i]));
        Assert.Equal(words.Length - 1, slots.Distinct().Count()); // "Paris" and "PARIS" share one
        int paris = words.Length - 2;
        Assert.True(Array.IndexOf(order, paris) < Array.IndexOf(order, paris + 1));
        // Filed in slot order, not as given: the visits walk the table, stepping back only within a few cache lines
        // (words of one bucket of slots go in as given; a probe runs on past its bucket) or where a probe wraps around.
        Assert.True(order.Zip(order.Skip(1)).Count(p => slots[p.First] - slots[p.Second] > 64) < 5);
        Assert.True(Enumerable.Range(0, words.Length - 1).Count(i => slots[i] - slots[i + 1] > 64) > 1000); // as given they jump about
        Assert.Throws<InvalidOperationException>(() => new WordSlots(0).AddAll(Enumerable.Range(0, 16).Select(i => WordSlots.KeyOf($"x{i}")).ToArray(), new int[16]));
    }
}
