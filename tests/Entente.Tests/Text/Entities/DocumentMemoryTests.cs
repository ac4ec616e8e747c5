using Entente.Text.Entities;
using Entente.Text.Learning;

namespace Entente.Tests.Text.Entities;

public class DocumentMemoryTests
{
    private static readonly EntityLabels Labels = new(["PER", "ORG", "LOC"]);

    [Fact]
    public void OtherMentionsOfTheWordBecomeFeatures()
    {
        var memory = new DocumentMemory(3);
        string[] a = ["Miramar", "is", "in", "California"], b = ["I", "love", "miramar"];
        int[] la = [Labels.IndexOf("U-LOC"), 0, 0, Labels.IndexOf("U-LOC")], lb = [0, 0, 0];
        memory.Add(a, la);
        memory.Add(b, lb);
        var f = new ulong[DocumentMemory.Max];
        int n = memory.Extract(b, lb, 2, f);
        // own first-pass label, neighbour types, and "the only other mention is LOC" (LOC = type 3, all others, own is O).
        Assert.Equal(3, n);
        Assert.Equal(FeatureHash.Of(180, 3 * 4 + 1), f[2]);
        // A word seen once has no document feature beyond its own and neighbours' labels.
        Assert.Equal(2, memory.Extract(a, la, 3, f));
    }

    [Fact]
    public void TypeOfMapsBilouLabelsToTypes()
    {
        Assert.Equal(0, DocumentMemory.TypeOf(0));
        Assert.Equal(1, DocumentMemory.TypeOf(Labels.IndexOf("B-PER")));
        Assert.Equal(3, DocumentMemory.TypeOf(Labels.IndexOf("U-LOC")));
    }
}
