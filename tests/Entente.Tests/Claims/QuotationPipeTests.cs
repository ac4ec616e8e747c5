using Entente.Claims.Quotes;
using Entente.Model;

namespace Entente.Tests.Claims;

public class QuotationPipeTests
{
    private static Document Run(string text, params (string Words, string Code)[] actors)
    {
        var doc = ClaimDocs.Build(text);
        foreach (var (w, c) in actors) ClaimDocs.AddActor(doc, w, c);
        new QuotationPipe().Process(doc);
        return doc;
    }

    [Fact]
    public void Speaker_after_the_quote_and_continuation_in_the_next_sentence()
    {
        var doc = Run("\"Vietnam is a pillar of our policy,\" the Indian leader told reporters after the meeting. \"We have come to Hanoi to write the next chapter.\"",
            ("Indian leader", "INDGOV"));
        Assert.Equal(2, doc.Quotations.Count);
        var (q1, q2) = (doc.Quotations[0], doc.Quotations[1]);
        Assert.Equal("Vietnam is a pillar of our policy,", q1.Text);
        Assert.Equal("the Indian leader", q1.SpeakerText);
        Assert.Equal("INDGOV", q1.Speaker!.Code.Value);
        Assert.Equal("tell", q1.Verb);
        Assert.Equal("after", q1.How);
        Assert.Equal(1, doc.Text.IndexOf("Vietnam is", StringComparison.Ordinal) - q1.Span.Start + 1);
        Assert.Equal("INDGOV", q2.Speaker!.Code.Value);
        Assert.Equal("continued", q2.How);
        Assert.Equal(1, q2.Sentence);
    }

    [Fact]
    public void Verb_before_speaker_after_the_quote()
    {
        var doc = Run("“Sanctions have failed,” said Sergei Lavrov, Russia’s foreign minister.", ("Sergei Lavrov", "RUSGOV"));
        var q = Assert.Single(doc.Quotations);
        Assert.Equal("Sergei Lavrov", q.SpeakerText);
        Assert.Equal("say", q.Verb);
        Assert.Equal("RUSGOV", q.Speaker!.Code.Value);
    }

    [Fact]
    public void Partial_quote_inside_reported_speech_and_pronoun_speaker()
    {
        var doc = Run("\"China firmly opposes any attempt to draw lines,\" a spokesman for the Chinese foreign ministry told a briefing. " +
                      "He urged Hanoi to \"think carefully about its long-term interests\". " +
                      "Vietnam's foreign ministry said the talks were held \"in a spirit of trust\".",
            ("Chinese foreign ministry", "CHNGOV"), ("Hanoi", "VNM"), ("Vietnam", "VNMGOV"));
        Assert.Equal(3, doc.Quotations.Count);
        Assert.Equal("a spokesman for the Chinese foreign ministry", doc.Quotations[0].SpeakerText);
        Assert.Equal("CHNGOV", doc.Quotations[0].Speaker!.Code.Value);
        var urged = doc.Quotations[1];
        Assert.True(urged.Partial);
        Assert.Equal("urge", urged.Verb);
        Assert.Equal("pronoun", urged.How);
        Assert.Equal("CHNGOV", urged.Speaker!.Code.Value);
        Assert.Equal("a spokesman for the Chinese foreign ministry", urged.SpeakerText);
        var trust = doc.Quotations[2];
        Assert.True(trust.Partial);
        Assert.Equal("Vietnam's foreign ministry", trust.SpeakerText);
        Assert.Equal("VNMGOV", trust.Speaker!.Code.Value);
    }

    [Fact]
    public void Clause_after_a_quote_is_not_its_speaker()
    {
        var doc = Run("Manila said it would \"contribute to a stable balance\", while Japan's foreign minister praised India for \"strengthening the rule of law\".",
            ("Manila", "PHL"), ("Japan", "JPNGOV"), ("India", "IND"));
        Assert.Equal("PHL", doc.Quotations[0].Speaker!.Code.Value);
        Assert.Equal("Japan's foreign minister", doc.Quotations[1].SpeakerText);
        Assert.Equal("praise", doc.Quotations[1].Verb);
    }

    [Fact]
    public void According_to_and_subjectless_verbs()
    {
        var doc = Run("The deal is \"a historic step\", according to a senior Indian diplomat. " +
                      "China condemned the treaty, accusing the two countries of \"bloc confrontation\" in Asia.",
            ("Indian", "IND"), ("China", "CHN"));
        Assert.Equal("a senior Indian diplomat", doc.Quotations[0].SpeakerText);
        Assert.Equal("according to", doc.Quotations[0].Verb);
        Assert.Equal("IND", doc.Quotations[0].Speaker!.Code.Value);
        Assert.Equal("CHN", doc.Quotations[1].Speaker!.Code.Value);
        Assert.Equal("accuse", doc.Quotations[1].Verb);
    }

    [Fact]
    public void Quote_spanning_two_sentences_is_one_quotation()
    {
        var doc = Run("\"We will not yield. We will defend every island,\" the minister said.");
        var q = Assert.Single(doc.Quotations);
        Assert.Equal("We will not yield. We will defend every island,", q.Text);
        Assert.Equal("the minister", q.SpeakerText);
        Assert.Null(q.Speaker);
    }
}
