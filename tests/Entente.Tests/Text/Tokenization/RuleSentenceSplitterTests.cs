using Entente.Model;
using Entente.Text.Tokenization;

namespace Entente.Tests.Text.Tokenization;

public class RuleSentenceSplitterTests
{
    protected virtual Entente.Text.ISentenceSplitter Splitter => new RuleSentenceSplitter(new RuleTokenizer());

    private List<string> Split(string text)
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
}

/// <summary>The shipped learned splitter must keep the rule splitter's behaviour on edited prose.</summary>
public class LearnedSentenceSplitterTests : RuleSentenceSplitterTests
{
    protected override Entente.Text.ISentenceSplitter Splitter => Entente.Text.TextModels.SentenceSplitter;

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
