using Entente.Claims.Amounts;
using Entente.Model;

namespace Entente.Tests.Claims;

public class AmountParserTests
{
    private static List<FoundAmount> Parse(string text)
    {
        var doc = ClaimDocs.Build(text);
        return doc.Sentences.SelectMany(s => new AmountParser().Parse(s, [])).ToList();
    }

    private static FoundAmount One(string text)
    {
        var found = Parse(text);
        Assert.True(found.Count == 1, $"expected one amount in '{text}', got [{string.Join(", ", found.Select(f => f.Text))}]");
        return found[0];
    }

    [Theory]
    [InlineData("Russia launched more than 300 attack drones overnight.", "more than 300 attack drones", 300, 300, double.PositiveInfinity, "drone")]
    [InlineData("The army sent roughly 1,000 troops to the border.", "roughly 1,000 troops", 1000, 900, 1100, "troop")]
    [InlineData("The sides have held 12 rounds of talks since then.", "12 rounds of talks", 12, 12, 12, "round of talk")]
    [InlineData("Artillery fired thousands of shells at the town.", "thousands of shells", 5000, 2000, 99999, "shell")]
    [InlineData("India will deliver 120 supersonic cruise missiles to Vietnam.", "120 supersonic cruise missiles", 120, 120, 120, "missile")]
    [InlineData("India will deliver about 80 supersonic cruise missiles to Vietnam.", "about 80 supersonic cruise missiles", 80, 72, 88, "missile")]
    [InlineData("Nearly 40 civilians died.", "Nearly 40 civilians", 40, 36, 40, "civilian")]
    [InlineData("At least three soldiers were wounded.", "At least three soldiers", 3, 3, double.PositiveInfinity, "soldier")]
    [InlineData("Several ministers resigned.", "Several ministers", 5, 3, 9, "minister")]
    [InlineData("The Philippines bought three batteries in 2022.", "three batteries", 3, 3, 3, "battery")]
    public void Counts_with_bounds_and_counted_noun(string text, string words, double value, double low, double high, string counted)
    {
        var a = One(text);
        Assert.Equal(words, a.Text);
        Assert.Equal(AmountKind.Count, a.Kind);
        Assert.Equal(value, a.Value, 6);
        Assert.Equal(low, a.Low, 6);
        Assert.Equal(high, a.High);
        Assert.Equal(counted, a.Counted);
        Assert.Equal(text.IndexOf(words, StringComparison.Ordinal), a.Span.Start - 0);
    }

    [Fact]
    public void Money_and_percent()
    {
        var eur = One("The EU pledged €2.5bn in aid.");
        Assert.Equal(AmountKind.Money, eur.Kind);
        Assert.Equal("EUR", eur.Unit);
        Assert.Equal(2.5e9, eur.Value, 0);
        Assert.Equal("€2.5bn", eur.Text);

        var usd = One("The package is worth roughly $2.5bn, officials said.");
        Assert.Equal("USD", usd.Unit);
        Assert.Equal(2.25e9, usd.Low, 0);
        Assert.Equal(2.75e9, usd.High, 0);

        var pct = One("Turnout reached 45 per cent.");
        Assert.Equal(AmountKind.Percent, pct.Kind);
        Assert.Equal(45, pct.Value);

        var words = One("Aid rose to 300 million dollars.");
        Assert.Equal(3e8, words.Value, 0);
        Assert.Equal("USD", words.Unit);
    }

    [Fact]
    public void Durations_are_not_counts_and_compounds_are_skipped()
    {
        var d = One("The missiles will arrive over three years.");
        Assert.Equal(AmountKind.Duration, d.Kind);
        Assert.Equal("year", d.Unit);
        Assert.Empty(Parse("It was a two-day visit by the 15-member council."));
        Assert.Empty(Parse("One of them said F-16 jets were seen at 8:30."));
    }

    [Fact]
    public void Predicate_is_the_verb_before_the_amount()
    {
        Assert.Equal("deliver", One("India will deliver about 80 supersonic cruise missiles to Vietnam.").Predicate);
    }

    [Fact]
    public void Tags_and_lemmas_sharpen_the_counted_noun_and_predicate_when_present()
    {
        var doc = ClaimDocs.Build("Moscow sent 300 geese and one tank destroyed by mines.");
        var tokens = doc.Sentences[0].Tokens;
        string[] upos = ["PROPN", "VERB", "NUM", "NOUN", "CCONJ", "NUM", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"];
        string[] lemma = ["Moscow", "send", "300", "goose", "and", "one", "tank", "destroy", "by", "mine", "."];
        Assert.Equal(upos.Length, tokens.Length);
        for (int i = 0; i < tokens.Length; i++) { tokens[i].Upos = upos[i]; tokens[i].Lemma = lemma[i]; }
        var found = new AmountParser().Parse(doc.Sentences[0], []);
        Assert.Equal(["goose", "tank"], found.Select(f => f.Counted));
        Assert.Equal("one tank", found[1].Text);
        Assert.Equal("send", found[0].Predicate);
    }

    [Theory]
    [InlineData("1,000", 1000)]
    [InlineData("2.5", 2.5)]
    [InlineData("twelve", 12)]
    [InlineData("twenty-five", 25)]
    public void Number_words_and_digits(string text, double value)
    {
        Assert.True(Entente.Claims.NumberWords.TryParse(text, out var v));
        Assert.Equal(value, v);
    }
}
