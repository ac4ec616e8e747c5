using Entente.Text;
using Entente.Text.Entities;

namespace Entente.Tests.Text.Entities;

public class TruecaserTests
{
    private static readonly WordListCase List = WordListCase.FromWords(
        ["lisa", "Lisa", "Lourdes", "Florida", "max", "Max", "usa", "USA", "NATO", "new", "bay", "to", "i", "going", "traveling",
         "am", "from", "for", "a", "day", "and", "the", "san", "San", "Francisco", "we", "flew", "somebody", "said", "go"]);

    private static readonly WordListGazetteer Names = new([(["san", "francisco"], "CITY"), (["new", "bay"], "CITY"), (["noida"], "CITY")]);

    /// <summary>The words, space-separated, after restoring; the same words when nothing changes.</summary>
    private static string Restored(string typed) => Restore(typed.Split(' ')) is { } cased ? string.Join(' ', cased) : typed;

    private static string[]? Restore(params string[] words)
    {
        var hits = new GazetteerHit[words.Length];
        Names.Match(words, hits);
        return new Truecaser(List).Restore(words, hits, new GazetteerHit[words.Length]);
    }

    [Fact]
    public void WordsTheListHasOnlyCapitalisedAreCapitalised()
    {
        Assert.Equal("i m traveling to Lourdes for a day", Restored("i m traveling to lourdes for a day"));
        Assert.Equal("we flew to Florida", Restored("we flew to florida"));
        Assert.Equal("going to NATO", Restored("going to nato"));
    }

    [Fact]
    public void WordsTheListAlsoHasInLowerCaseStayAsTyped()
    {
        // "max" is a word as well as a name: nothing says which it is here.
        Assert.Null(Restore("max", "and", "the", "day"));
    }

    [Fact]
    public void ANameWithAWordOnlyNamesUseIsCapitalisedWhole()
    {
        Assert.Equal("from San Francisco", Restored("from san francisco"));
        // Every word of this name is a common word: it stays as typed.
        Assert.Null(Restore("the", "new", "bay"));
    }

    [Fact]
    public void UnlistedWordsAreCapitalisedOnlyInSentencesTypedWithoutCapitals()
    {
        Assert.Equal("going to Kollam", Restored("going to kollam"));
        // Here the writer used capitals, so an unlisted lower-case word is more likely a misspelling.
        Assert.Null(Restore("Somebody", "said", "Max", "go", "to", "kollam"));
        Assert.Equal("Somebody said Max go to Noida", Restored("Somebody said Max go to noida"));
        // Too short to tell from a slip of the keys.
        Assert.Null(Restore("go", "to", "kx"));
    }

    [Fact]
    public void ASentenceWithCapitalsBeyondItsFirstLetterAndIIsNotCaseless()
    {
        Assert.True(Truecaser.IsCaseless(["Then", "i", "went", "home", "and", "I", "slept"]));
        Assert.False(Truecaser.IsCaseless(["then", "i", "went", "to", "Paris"]));
        Assert.False(Truecaser.IsCaseless(["then", "we", "met", "McCain"]));
        Assert.False(Truecaser.IsCaseless([".", "!", "42"]));
    }

    [Fact]
    public void WithoutAWordListNothingChanges()
    {
        var words = new[] { "going", "to", "lourdes" };
        Assert.Null(new Truecaser(WordListCase.Empty).Restore(words, new GazetteerHit[3], new GazetteerHit[3]));
    }

    [Fact]
    public void TheShippedRecognizerFindsANameTypedInLowerCase()
    {
        var ner = TextModels.Entities;
        string[] words = ["i", "am", "from", "mexico", "and", "i", "live", "in", "lourdes", "now"];
        var classes = new int[words.Length];
        TextModels.Tagger.Tag(words, classes);
        var xpos = classes.Select(TextModels.Tagger.Tags.Xpos).ToArray();
        var labels = new int[words.Length];
        ner.Recognize(words, xpos, labels);
        Assert.Equal("U-LOC", ner.Labels.Name(labels[3]));
        Assert.Equal("U-LOC", ner.Labels.Name(labels[8]));
        // The words themselves are left as typed.
        Assert.Equal("mexico", words[3]);
    }
}
