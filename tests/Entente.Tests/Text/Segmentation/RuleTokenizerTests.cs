using Entente.Model;
using Entente.Text.Segmentation;

namespace Entente.Tests.Text.Segmentation;

public class RuleTokenizerTests
{
    private static List<Token> Tokens(string text)
    {
        var list = new List<Token>();
        new RuleTokenizer().Tokenize(text, new CharSpan(0, text.Length), list);
        return list;
    }

    private static string[] Forms(string text) => Tokens(text).Select(t => t.Text).ToArray();

    [Fact]
    public void CliticsAndPunctuationArePennStyle()
    {
        Assert.Equal(["Russia", "'s", "envoy", "did", "n't", "sign", ",", "they", "'re", "sure", "."],
            Forms("Russia's envoy didn't sign, they're sure."));
    }

    [Fact]
    public void CurrencyAmountsSplitIntoSymbolNumberAndUnit()
    {
        Assert.Equal(["$", "2.5", "bn", "and", "€", "300", "m", "for", "1,000", "troops"], Forms("$2.5bn and €300m for 1,000 troops"));
    }

    [Fact]
    public void AbbreviationsDecadesHyphensAndUrlsStayWhole()
    {
        Assert.Equal(["The", "U.S.", "and", "Mr.", "Lee", "in", "the", "1990s", "signed", "a", "long-term", "deal", "(", "see", "https://example.org/a.b", ")", "."],
            Forms("The U.S. and Mr. Lee in the 1990s signed a long-term deal (see https://example.org/a.b)."));
    }

    [Fact]
    public void QuotesAndEllipsesAreTokens()
    {
        Assert.Equal(["\"", "Wait", "...", "\"", "he", "said", "."], Forms("\"Wait...\" he said."));
    }

    [Fact]
    public void OffsetsPointIntoTheText()
    {
        const string text = "Iran's \"talks\" ended.";
        foreach (var t in Tokens(text)) Assert.Equal(t.Text, text[t.Start..t.End]);
    }

    [Fact]
    public void TypographicApostrophesAreClitics()
    {
        Assert.Equal(["China", "’s", "navy", "wo", "n’t", "stop"], Forms("China’s navy won’t stop"));
    }
}
