using Entente.Model;
using Entente.Text.Tokenization;

namespace Entente.Tests.Text.Tokenization;

public class RuleSentenceSplitterTests
{
    protected virtual Entente.Text.ISentenceSplitter Splitter => new RuleSentenceSplitter(new RuleTokenizer());

    protected List<string> Split(string text)
    {
        var spans = new List<CharSpan>();
        Splitter.Split(text, spans);
        return spans.Select(s => text[s.Start..s.End]).ToList();
    }

    [Fact]
    public void SplitsNewsProseButNotAtAbbreviations()
    {
        var s = Split("Mr. Smith went to Washington on Jan. 5. He met U.S. officials there. \"We agreed,\" he said. Talks continue.");
        Assert.Equal(["Mr. Smith went to Washington on Jan. 5.", "He met U.S. officials there.", "\"We agreed,\" he said.", "Talks continue."], s);
    }

    [Fact]
    public void ClosingQuoteStaysWithItsSentence()
    {
        var s = Split("He said: \"It is over.\" Then he left.");
        Assert.Equal(["He said: \"It is over.\"", "Then he left."], s);
    }

    [Fact]
    public void ParagraphBreaksAreBoundariesEvenWithoutPunctuation()
    {
        var s = Split("Russia warns Ukraine\n\nMoscow said on Monday that talks had failed.");
        Assert.Equal(["Russia warns Ukraine", "Moscow said on Monday that talks had failed."], s);
    }

    [Fact]
    public void HardWrappedProseIsJoined()
    {
        var s = Split("The minister said that the negotiations with the rebels had\nbroken down after three days of talks.");
        Assert.Single(s);
    }

    [Fact]
    public void QuestionAndExclamationMarksEndSentences()
    {
        Assert.Equal(["Why?", "Because I said so!", "OK."], Split("Why? Because I said so! OK."));
    }

    [Fact]
    public void InitialsAndDecimalsDoNotEndSentences()
    {
        Assert.Single(Split("J. R. R. Tolkien sold 2.5 million copies."));
    }

    // Cases carried over from the spine's old rule splitter.

    [Fact]
    public void AbbreviationsTitlesAndInitialsDoNotEndSentences()
    {
        Assert.Equal(
            ["Mr. Smith met Dr. Jones in Jan. 2020 at St. Paul's.", "John F. Kennedy spoke next."],
            Split("Mr. Smith met Dr. Jones in Jan. 2020 at St. Paul's. John F. Kennedy spoke next."));
    }

    [Fact]
    public void DecimalsAndDottedAbbreviationsMidSentenceStayWhole()
    {
        Assert.Equal(["The U.S. envoy pledged $2.5 billion to the U.N. agency on Monday."],
            Split("The U.S. envoy pledged $2.5 billion to the U.N. agency on Monday."));
    }

    [Fact]
    public void ADottedAbbreviationFollowedByASentenceOpenerEndsTheSentence()
    {
        Assert.Equal(["Troops returned to the U.S.", "The next day they rested."], Split("Troops returned to the U.S. The next day they rested."));
    }

    [Fact]
    public void QuotesAndBracketsCloseWithTheSentence()
    {
        Assert.Equal(["\"We will sign,\" he said.", "\"Not now!\"", "(They left.)", "Talks resumed?"],
            Split("\"We will sign,\" he said. \"Not now!\" (They left.) Talks resumed?"));
    }

    [Fact]
    public void EllipsesBeforeLowerCaseContinueTheSentence()
    {
        Assert.Equal(["He paused... and then agreed.", "Done."], Split("He paused... and then agreed. Done."));
    }

    [Fact]
    public void ShortPlainSentencesSplit()
    {
        Assert.Equal(["First one.", "Second one."], Split("First one. Second one."));
    }

    [Fact]
    public void SpansPointIntoTheOriginalText()
    {
        const string text = "  First one.   Second one.  ";
        var spans = new List<CharSpan>();
        Splitter.Split(text, spans);
        Assert.Equal([new CharSpan(2, 12), new CharSpan(15, 26)], spans);
    }

    [Fact]
    public void SentencesAroundCliticsSplitAtSurfaceTokens()
    {
        Assert.Equal(["We met at St. Paul's.", "It's over."], Split("We met at St. Paul's. It's over."));
    }
}

/// <summary>The shipped learned splitter must keep the rule splitter's behaviour on edited prose.</summary>
public class LearnedSentenceSplitterTests : RuleSentenceSplitterTests
{
    protected override Entente.Text.ISentenceSplitter Splitter => Entente.Text.TextModels.SentenceSplitter;

    [Fact]
    public void ListNumbersTitlesAndPostscriptsDoNotEndSentences()
    {
        Assert.Equal(["1. The first point.", "2. The second point."], Split("1. The first point. 2. The second point."));
        Assert.Equal(["P.S. I am moving.", "PS. Love it."], Split("P.S. I am moving. PS. Love it."));
        Assert.Equal(["He met Dr. No.", "Then he left."], Split("He met Dr. No. Then he left."));
    }

    [Fact]
    public void ATruncatedModelNamesTheFile()
    {
        var ms = new MemoryStream();
        Entente.Text.TextModels.SentenceSplitter.Save(ms);
        var cut = new MemoryStream(ms.ToArray()[..(int)(ms.Length / 2)]);
        var ex = Assert.Throws<InvalidDataException>(() => LearnedSentenceSplitter.Load(cut, "sentences.bin", new RuleTokenizer()));
        Assert.Contains("sentences.bin", ex.Message);
    }

    [Fact]
    public void SaveLoadRoundTrip()
    {
        var ms = new MemoryStream();
        Entente.Text.TextModels.SentenceSplitter.Save(ms);
        ms.Position = 0;
        var back = LearnedSentenceSplitter.Load(ms, "sentences.bin", new RuleTokenizer());
        const string text = "no punctuation here lol i went home Then we left. OK";
        var a = new List<CharSpan>(); var b = new List<CharSpan>();
        Entente.Text.TextModels.SentenceSplitter.Split(text, a);
        back.Split(text, b);
        Assert.Equal(a, b);
    }
}
