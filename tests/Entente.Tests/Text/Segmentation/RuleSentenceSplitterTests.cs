using Entente.Model;
using Entente.Text.Segmentation;

namespace Entente.Tests.Text.Segmentation;

public class RuleSentenceSplitterTests
{
    private static List<string> Split(string text)
    {
        var spans = new List<CharSpan>();
        new RuleSentenceSplitter().Split(text, spans);
        return spans.Select(s => text.Substring(s.Start, s.Length)).ToList();
    }

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
    public void BlankLinesAlwaysSeparate()
    {
        Assert.Equal(["A headline without a stop", "Body starts here."], Split("A headline without a stop\n\nBody starts here."));
    }

    [Fact]
    public void SpansPointIntoTheOriginalText()
    {
        const string text = "  First one.   Second one.  ";
        var spans = new List<CharSpan>();
        new RuleSentenceSplitter().Split(text, spans);
        Assert.Equal([new CharSpan(2, 12), new CharSpan(15, 26)], spans);
    }
}
