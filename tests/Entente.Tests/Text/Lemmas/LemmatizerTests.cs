using Entente.Text;
using Entente.Text.Lemmas;

namespace Entente.Tests.Text.Lemmas;

public class LemmatizerTests
{
    private static readonly LemmaExample[] Toy =
    [
        new("dogs", "NNS", "dog"), new("cats", "NNS", "cat"), new("boxes", "NNS", "box"), new("foxes", "NNS", "fox"),
        new("cities", "NNS", "city"), new("parties", "NNS", "party"), new("walked", "VBD", "walk"), new("talked", "VBD", "talk"),
        new("went", "VBD", "go"), new("Americans", "NNPS", "American"), new("Greeks", "NNPS", "Greek"),
    ];

    [Theory]
    [InlineData("hens", "NNS", "hen")]
    [InlineData("ladies", "NNS", "lady")]
    [InlineData("jumped", "VBD", "jump")]
    [InlineData("went", "VBD", "go")]
    [InlineData("Went", "VBD", "go")]
    [InlineData("Germans", "NNPS", "German")]
    [InlineData("Paris", "NNP", "Paris")]
    [InlineData("The", "DT", "the")]
    public void AppliesLearnedRulesAndExceptions(string form, string xpos, string lemma)
    {
        var lem = LemmatizerTrainer.Train(Toy);
        Assert.Equal(lemma, lem.Lemmatize(form, xpos));
    }

    [Fact]
    public void SaveLoadRoundTrip()
    {
        var lem = LemmatizerTrainer.Train(Toy);
        var ms = new MemoryStream();
        lem.Save(ms);
        ms.Position = 0;
        var back = Lemmatizer.Load(ms, "toy");
        Assert.Equal(lem.Size, back.Size);
        foreach (var e in Toy) Assert.Equal(lem.Lemmatize(e.Form, e.Xpos), back.Lemmatize(e.Form, e.Xpos));
    }

    [Fact]
    public void TheModelFileHoldsTheExceptionsLemmasButNotTheirForms()
    {
        var lem = LemmatizerTrainer.Train(Toy);
        var ms = new MemoryStream();
        lem.Save(ms);
        Assert.DoesNotContain("went", System.Text.Encoding.UTF8.GetString(ms.ToArray()));
        ms.Position = 0;
        Assert.Equal("go", Lemmatizer.Load(ms, "toy").Lemmatize("WENT", "VBD"));
    }

    [Theory]
    [InlineData("was", "VBD", "be")]
    [InlineData("children", "NNS", "child")]
    [InlineData("n't", "RB", "not")]
    [InlineData("studies", "VBZ", "study")]
    [InlineData("stopped", "VBD", "stop")]
    [InlineData("bigger", "JJR", "big")]
    public void ShippedLemmatizerKnowsCommonIrregulars(string form, string xpos, string lemma) =>
        Assert.Equal(lemma, TextModels.Lemmatizer.Lemmatize(form, xpos));

    [Fact]
    public void ATruncatedModelNamesTheFile()
    {
        var ms = new MemoryStream();
        LemmatizerTrainer.Train(Toy).Save(ms);
        var cut = new MemoryStream(ms.ToArray()[..(int)(ms.Length * 2 / 3)]);
        var ex = Assert.Throws<InvalidDataException>(() => Lemmatizer.Load(cut, "lemmas.bin"));
        Assert.Contains("lemmas.bin", ex.Message);
    }
}
