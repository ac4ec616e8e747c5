using Entente.Claims.Amounts;
using Entente.Claims.Time;
using Entente.Model;

namespace Entente.Tests.Claims;

public class AmountPipeTests
{
    [Fact]
    public void Amount_takes_the_actors_and_family_of_the_event_covering_it()
    {
        var doc = ClaimDocs.Build("India will deliver 120 supersonic cruise missiles to Vietnam over three years, according to a senior Indian official.");
        var e = ClaimDocs.AddEvent(doc, "deliver", "074", "IND", "VNM", Modality.Future);
        doc.Events[0] = e with { Span = ClaimDocs.Find(doc, "India will deliver 120 supersonic cruise missiles to Vietnam") };
        new TemporalPipe().Process(doc);
        new AmountPipe().Process(doc);

        var missiles = doc.Amounts.Single(a => a.Kind == AmountKind.Count);
        Assert.Equal("missile", missiles.Counted);
        Assert.Equal("IND", missiles.Actor1!.Code.Value);
        Assert.Equal("VNM", missiles.Actor2!.Code.Value);
        Assert.Equal("07", missiles.EventRoot);
        Assert.Equal(e.Id, missiles.Event);
        Assert.Equal("a senior Indian official", missiles.Attribution);
        Assert.Equal("120 supersonic cruise missiles", doc.Text[missiles.Span.Start..missiles.Span.End]);
        Assert.Contains(doc.Amounts, a => a.Kind == AmountKind.Duration);
    }

    [Fact]
    public void Without_events_actors_around_the_amount_are_used_and_dates_are_not_amounts()
    {
        var doc = ClaimDocs.Build("In 2022, India will deliver about 80 missiles to Vietnam, two officials said.");
        ClaimDocs.AddActor(doc, "India", "IND");
        ClaimDocs.AddActor(doc, "Vietnam", "VNM");
        new TemporalPipe().Process(doc);
        new AmountPipe().Process(doc);

        var m = doc.Amounts.Single(a => a.Counted == "missile");
        Assert.Equal(("IND", "VNM"), (m.Actor1!.Code.Value, m.Actor2!.Code.Value));
        Assert.Equal("deliver", m.Predicate);
        Assert.Null(m.EventRoot);
        Assert.Equal("two officials", m.Attribution);
        Assert.DoesNotContain(doc.Amounts, a => a.Value == 2022);
    }
}
