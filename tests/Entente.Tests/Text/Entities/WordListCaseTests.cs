using Entente.Text.Entities;

namespace Entente.Tests.Text.Entities;

public class WordListCaseTests
{
    private static readonly string[] List = ["dog", "paris", "Paris", "NASA", "Aaron", "Aaron's", "", "  ", "3D"];

    [Fact]
    public void FlagsSayHowTheListWritesTheWord()
    {
        var list = WordListCase.FromWords(List);
        Assert.Equal(WordListCase.Lower | WordListCase.Capitalised, list.Of("PARIS"));
        Assert.Equal(WordListCase.Capitals, list.Of("nasa"));
        Assert.Equal(WordListCase.Lower, list.Of("Dog"));
        Assert.Equal(WordListCase.Capitalised, list.Of("aaron"));
        Assert.Equal(0, list.Of("aaron's")); // possessives repeat their stems
        Assert.Equal(0, list.Of("3d")); // not a word
        Assert.Equal(0, list.Of("cat"));
        Assert.Equal(4, list.Count);
        Assert.Equal(0, WordListCase.Empty.Of("dog"));
    }

    [Fact]
    public void TheListSurvivesWriteAndRead()
    {
        var list = WordListCase.FromWords(List);
        var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true)) list.Write(w);
        ms.Position = 0;
        var back = WordListCase.Read(new BinaryReader(ms), "ner.bin");
        Assert.Equal(list.Count, back.Count);
        foreach (var word in new[] { "paris", "nasa", "dog", "aaron", "cat" }) Assert.Equal(list.Of(word), back.Of(word));
    }

    [Fact]
    public void ATruncatedSectionNamesTheFile()
    {
        var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true)) WordListCase.FromWords(List).Write(w);
        var cut = new MemoryStream(ms.ToArray()[..^3]);
        var ex = Assert.Throws<InvalidDataException>(() => WordListCase.Read(new BinaryReader(cut), "ner.bin"));
        Assert.Contains("ner.bin", ex.Message);
    }
}
