using Entente.Model;
using Entente.Pipeline;

namespace Entente.Tests.Claims;

/// <summary>Which date an event gets, through the shipped pipeline (tagger and parser included).</summary>
public class EventDatingTests
{
    private static Document Process(string text)
    {
        var doc = new Document(new DocumentMetadata { Id = "t", Published = new DateOnly(2025, 3, 4) }, text);
        return DefaultPipeline.Create(new PipelineOptions()).Process(doc);
    }

    [Fact]
    public void A_year_inside_a_noun_phrase_dates_only_that_noun()
    {
        var doc = Process("India criticised the 2009 memorandum on Tuesday.");
        var e = Assert.Single(doc.Events, x => x.Cameo.Value.StartsWith("11", StringComparison.Ordinal));
        Assert.Equal(EventDate.OfDay(new DateOnly(2025, 3, 4)), e.Date);
        Assert.Contains(doc.Times, t => t.Text == "2009" && t.ModifiedWord is not null);
    }

    [Fact]
    public void A_date_in_a_clause_below_the_verb_dates_that_clause_not_the_event()
    {
        var doc = Process("India and Vietnam agreed to hold annual summits from next year.");
        Assert.NotEmpty(doc.Events);
        Assert.All(doc.Events, e => Assert.Equal(EventDate.OfDay(new DateOnly(2025, 3, 4)), e.Date));
    }

    [Fact]
    public void A_plain_date_still_dates_its_event()
    {
        var doc = Process("Russia and China blocked a similar resolution in 2022.");
        Assert.Contains(doc.Events, e => e.Date == EventDate.OfYear(2022));
    }
}
