using Entente.Claims.Amounts;
using Entente.Claims.Quotes;
using Entente.Claims.Time;
using Entente.Model;
using Entente.Pipeline;
using Entente.Text;

namespace Entente.Tests.Claims;

/// <summary>The claim pipes behind the shipped tokenizer, tagger, lemmatizer and NER (whatever their accuracy today).</summary>
public class TaggedClaimsTests
{
    private static Document Process(string text, string published)
    {
        var doc = new Document(new DocumentMetadata { Id = "t", Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture) }, text);
        var pipes = TextPipeline.Segmentation().Concat(TextPipeline.Tagging()).Concat(TextPipeline.Entities())
            .Concat(new IPipe[] { new TemporalPipe(), new AmountPipe(), new QuotationPipe() });
        return new DocumentPipeline(pipes).Process(doc);
    }

    [Fact]
    public void Tagged_text_gives_the_same_claims()
    {
        var doc = Process("In total, India will deliver about 80 supersonic cruise missiles to Vietnam, two officials said on Thursday. " +
                          "\"The quantities are a matter between two sovereign governments,\" a ministry spokesman said. " +
                          "Russia launched more than 300 attack drones last month, and the EU pledged €2.5bn.", "2025-03-06");
        Assert.NotNull(doc.Sentences[0].Tokens[0].Upos);
        var missiles = doc.Amounts.Single(a => a.Counted == "missile");
        Assert.Equal((72d, 88d), (missiles.Low, missiles.High));
        Assert.Equal("deliver", missiles.Predicate);
        Assert.Contains(doc.Amounts, a => a.Counted == "drone" && a.Low == 300 && double.IsPositiveInfinity(a.High));
        Assert.Contains(doc.Amounts, a => a.Unit == "EUR" && a.Value == 2.5e9);
        Assert.Contains(doc.Times, t => t.Text == "Thursday" && t.Date == EventDate.OfDay(new DateOnly(2025, 3, 6)));
        Assert.Contains(doc.Times, t => t.Text == "last month" && t.Date == EventDate.OfMonth(2025, 2));
        Assert.Equal("a ministry spokesman", Assert.Single(doc.Quotations).SpeakerText);
    }
}
