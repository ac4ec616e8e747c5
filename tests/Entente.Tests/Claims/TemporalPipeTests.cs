using Entente.Claims.Time;
using Entente.Model;

namespace Entente.Tests.Claims;

public class TemporalPipeTests
{
    [Fact]
    public void Each_event_gets_its_own_date_and_historical_events_are_dated_in_the_past()
    {
        var doc = ClaimDocs.Build(
            "Russia and Egypt recalled their 1955 pact on Tuesday. The 1991 withdrawal of troops ended a decade of tension. " +
            "Moscow signed a 2008 loan agreement with Cairo. Ministers met last month.");
        ClaimDocs.AddEvent(doc, "recalled", "010", "RUS", "EGY");
        ClaimDocs.AddEvent(doc, "pact", "057", "RUS", "EGY");
        ClaimDocs.AddEvent(doc, "withdrawal", "193", "RUS");
        ClaimDocs.AddEvent(doc, "loan agreement", "061", "RUS", "EGY");
        ClaimDocs.AddEvent(doc, "met", "040", "RUS", "EGY");
        new TemporalPipe().Process(doc);

        Assert.Equal(["2025-03-04", "1955", "1991", "2008", "2025-02"], doc.Events.Select(e => e.Date.ToIsoString()));
        Assert.Equal([DatePrecision.Day, DatePrecision.Year, DatePrecision.Year, DatePrecision.Year, DatePrecision.Month],
            doc.Events.Select(e => e.Date.Precision));
        Assert.Equal("Tuesday", doc.Text[doc.Events[0].DateSpan!.Value.Start..doc.Events[0].DateSpan!.Value.End]);
        Assert.True(doc.Times.Count >= 5);
    }

    [Fact]
    public void A_year_modifying_another_noun_does_not_date_the_verb()
    {
        var doc = ClaimDocs.Build("The new treaty supersedes the 2009 memorandum of understanding.", "2025-03-04");
        ClaimDocs.AddEvent(doc, "supersedes", "057", "IND", "VNM");
        new TemporalPipe().Process(doc);
        Assert.Equal("2025-03-04", doc.Events[0].Date.ToIsoString());
        Assert.Null(doc.Events[0].DateSpan);
    }

    [Fact]
    public void Events_without_any_expression_keep_the_publication_date()
    {
        var doc = ClaimDocs.Build("China condemned the treaty. Three years earlier it had welcomed talks.", "2025-03-05");
        ClaimDocs.AddEvent(doc, "condemned", "111", "CHN");
        ClaimDocs.AddEvent(doc, "welcomed", "051", "CHN");
        new TemporalPipe().Process(doc);
        Assert.Equal("2025-03-05", doc.Events[0].Date.ToIsoString());
        Assert.Equal("2022", doc.Events[1].Date.ToIsoString());
    }
}
