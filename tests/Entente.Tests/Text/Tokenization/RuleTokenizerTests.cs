using Entente.Model;
using Entente.Text.Tokenization;

namespace Entente.Tests.Text.Tokenization;

public class RuleTokenizerTests
{
    private static List<Token> Tokens(string text)
    {
        var list = new List<Token>();
        new RuleTokenizer().Tokenize(text, new CharSpan(0, text.Length), list);
        return list;
    }

    private static string Words(string text) => string.Join(" | ", Tokens(text).Select(t => t.Text));

    [Theory]
    [InlineData("I don't know.", "I | do | n't | know | .")]
    [InlineData("We can't, they won't.", "We | ca | n't | , | they | wo | n't | .")]
    [InlineData("It's Bush's plan; they're sure we'll go and I'm in, you've seen I'd agree.",
        "It | 's | Bush | 's | plan | ; | they | 're | sure | we | 'll | go | and | I | 'm | in | , | you | 've | seen | I | 'd | agree | .")]
    [InlineData("It’s fine", "It | ’s | fine")]
    [InlineData("I cannot, I'm gonna go", "I | can | not | , | I | 'm | gon | na | go")]
    [InlineData("They raised $2.5bn and €300 million.", "They | raised | $ | 2.5 | bn | and | € | 300 | million | .")]
    [InlineData("Growth was 45% in 2024.", "Growth | was | 45 | % | in | 2024 | .")]
    [InlineData("It costs 1,000.5 dollars at 10:30.", "It | costs | 1,000.5 | dollars | at | 10:30 | .")]
    [InlineData("See http://www.example.com/a?b=1, or mail john.doe@example.org.", "See | http://www.example.com/a?b=1 | , | or | mail | john.doe@example.org | .")]
    [InlineData("Mr. Smith met Dr. Jones in the U.S. on Jan. 5, e.g. yesterday.", "Mr. | Smith | met | Dr. | Jones | in | the | U.S. | on | Jan. | 5 | , | e.g. | yesterday | .")]
    [InlineData("George W. Bush spoke.", "George | W. | Bush | spoke | .")]
    [InlineData("\"Stop,\" he said (quietly)...", "\" | Stop | , | \" | he | said | ( | quietly | ) | ...")]
    [InlineData("Wait... what?!", "Wait | ... | what | ?!")]
    [InlineData("a well-known e-mail from Al-Zaman", "a | well | - | known | e-mail | from | Al | - | Zaman")]
    [InlineData("Call 713-853-3989 on 11/29/2000 for 1969-1970 data", "Call | 713-853-3989 | on | 11/29/2000 | for | 1969 | - | 1970 | data")]
    [InlineData("and/or the debtors/creditors", "and | / | or | the | debtors | / | creditors")]
    [InlineData("It was great :) thanks!!!", "It | was | great | :) | thanks | !!!")]
    [InlineData("the parents' house", "the | parents | ' | house")]
    public void SplitsLikeEwt(string text, string expected) => Assert.Equal(expected, Words(text));

    [Fact]
    public void WordsOfOneSurfaceTokenShareItsOffsets()
    {
        var t = Tokens("I don't");
        Assert.Equal((2, 7), (t[1].Start, t[1].End));
        Assert.Equal((2, 7), (t[2].Start, t[2].End));
        Assert.Equal("do", t[1].Text);
    }

    [Fact]
    public void OffsetsPointIntoTheText()
    {
        const string text = "  Hello, world!  ($5)";
        foreach (var t in Tokens(text))
            Assert.Equal(t.Text, text[t.Start..t.End]);
    }

    [Fact]
    public void OnlyTheGivenSpanIsTokenized()
    {
        const string text = "One two. Three four.";
        var list = new List<Token>();
        new RuleTokenizer().Tokenize(text, new CharSpan(9, text.Length), list);
        Assert.Equal(["Three", "four", "."], list.Select(t => t.Text));
        Assert.Equal(9, list[0].Start);
    }

    [Fact]
    public void SentenceFinalAbbreviationGivesUpItsPeriod()
    {
        Assert.Equal("apples | , | pears | , | etc | .", Words("apples, pears, etc."));
    }
}
