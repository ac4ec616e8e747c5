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
    [InlineData("the U.S.-led talks", "the | U.S. | - | led | talks")]
    [InlineData("at No. 10 Downing St. No. I said no.", "at | No. | 10 | Downing | St. | No | . | I | said | no | .")]
    [InlineData("PS. Love it. P.S. I agree.", "PS. | Love | it | . | P.S. | I | agree | .")]
    // Cases carried over from the spine's old Penn-style tokenizer, whose conventions EWT shares.
    [InlineData("Russia's envoy didn't sign, they're sure.", "Russia | 's | envoy | did | n't | sign | , | they | 're | sure | .")]
    [InlineData("$2.5bn and €300m for 1,000 troops", "$ | 2.5 | bn | and | € | 300 | m | for | 1,000 | troops")]
    [InlineData("\"Wait...\" he said.", "\" | Wait | ... | \" | he | said | .")]
    [InlineData("China’s navy won’t stop", "China | ’s | navy | wo | n’t | stop")]
    // The old tokenizer kept "long-term" whole; EWT splits hyphenated words ("long - term"), and so do we.
    [InlineData("The U.S. and Mr. Lee in the 1990s signed a long-term deal (see https://example.org/a.b).",
        "The | U.S. | and | Mr. | Lee | in | the | 1990s | signed | a | long | - | term | deal | ( | see | https://example.org/a.b | ) | .")]
    public void SplitsLikeEwt(string text, string expected) => Assert.Equal(expected, Words(text));

    [Fact]
    public void WordsOfAMultiwordTokenHaveExactSpansAndShareTheSurface()
    {
        var t = Tokens("Russia's envoy didn't go");
        Assert.Equal(("Russia", new CharSpan(0, 6), new CharSpan(0, 8)), (t[0].Text, t[0].Span, t[0].Surface));
        Assert.Equal(("'s", new CharSpan(6, 8), new CharSpan(0, 8)), (t[1].Text, t[1].Span, t[1].Surface));
        Assert.True(t[0].InMultiword && t[1].InMultiword && t[0].SameSurface(t[1]));
        Assert.Equal(("envoy", new CharSpan(9, 14)), (t[2].Text, t[2].Surface));
        Assert.False(t[2].InMultiword);
        Assert.False(t[2].SameSurface(t[3]));
        Assert.Equal((new CharSpan(15, 18), new CharSpan(18, 21)), (t[3].Span, t[4].Span));
        Assert.Equal(new CharSpan(15, 21), t[3].Surface);
        Assert.Equal(t[3].Surface, t[4].Surface);
    }

    [Fact]
    public void FusedWordsWithoutAnApostropheAlsoGetExactSpans()
    {
        var t = Tokens("I cannot");
        Assert.Equal((new CharSpan(2, 5), new CharSpan(5, 8)), (t[1].Span, t[2].Span));
        Assert.Equal((new CharSpan(2, 8), new CharSpan(2, 8)), (t[1].Surface, t[2].Surface));
    }

    [Theory]
    [InlineData("  Hello, world!  ($5)")]
    [InlineData("Iran's \"talks\" ended, they're sure we can't, I cannot, gonna go.")]
    [InlineData("China’s navy won’t stop")]
    public void EveryWordsOffsetsPointAtItsOwnText(string text)
    {
        foreach (var t in Tokens(text))
        {
            Assert.Equal(t.Text, text[t.Start..t.End]);
            Assert.True(t.Surface.Start <= t.Start && t.End <= t.Surface.End);
        }
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

public class RuleTokenizerRobustnessTests
{
    [Fact]
    public void ArbitraryPunctuationSoupTokenizesWithValidOffsets()
    {
        const string alphabet = "aZ9.,;:!?'\"’“”()[]-—/$%@#*&_ ~<>\n…No.U.S";
        var rng = new Random(7);
        var tokenizer = new RuleTokenizer();
        Entente.Text.ISentenceSplitter[] splitters = [new RuleSentenceSplitter(tokenizer), Entente.Text.TextModels.SentenceSplitter];
        for (int n = 0; n < 3000; n++)
        {
            var chars = new char[rng.Next(1, 40)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[rng.Next(alphabet.Length)];
            var text = new string(chars);
            var tokens = new List<Token>();
            tokenizer.Tokenize(text, new CharSpan(0, text.Length), tokens);
            foreach (var t in tokens)
            {
                Assert.InRange(t.Start, 0, text.Length);
                Assert.InRange(t.End, t.Start + 1, text.Length);
                Assert.False(string.IsNullOrWhiteSpace(t.Text));
                Assert.Equal(t.Text, text[t.Start..t.End]);
                Assert.True(t.Surface.Start <= t.Start && t.End <= t.Surface.End);
            }
            foreach (var splitter in splitters)
            {
                var spans = new List<CharSpan>();
                splitter.Split(text, spans);
                for (int i = 1; i < spans.Count; i++) Assert.True(spans[i].Start >= spans[i - 1].End);
            }
        }
    }
}
