using System.Xml.Linq;
using Entente.Analysis;

namespace Entente.Tests.Analysis;

public class DyadSeriesTests
{
    private static EventTable Table()
    {
        var t = new EventTable();
        t.Add(new DateOnly(2025, 1, 5), "CHNGOV", "USA", 1, 2);
        t.Add(new DateOnly(2025, 1, 20), "CHN", "USAGOV", 4, -8);
        t.Add(new DateOnly(2025, 3, 2), "USA", "CHN", 3, -4);
        t.Add(new DateOnly(2025, 3, 3), "RUS", "USA", 2, 6);
        return t;
    }

    [Fact]
    public void Directed_monthly_series_fills_empty_months()
    {
        var s = DyadSeries.Build(Table().ToBins(Granularity.Day), "CHN", "USA", Granularity.Month, directed: true);
        Assert.Equal(["2025-01"], s.Points.Select(p => Periods.Label(p.PeriodStart, Granularity.Month)));
        var jan = s.Points[0];
        Assert.Equal((1, 0, 0, 1), (jan.VerbalCooperation, jan.MaterialCooperation, jan.VerbalConflict, jan.MaterialConflict));
        Assert.Equal(-6, jan.GoldsteinSum);
        Assert.Equal(-3, jan.GoldsteinMean);
    }

    [Fact]
    public void Undirected_series_counts_both_directions()
    {
        var s = DyadSeries.Build(Table().ToBins(Granularity.Day), "CHN", "USA", Granularity.Month, directed: false);
        Assert.Equal(["2025-01", "2025-02", "2025-03"], s.Points.Select(p => Periods.Label(p.PeriodStart, Granularity.Month)));
        Assert.Equal([2, 0, 1], s.Points.Select(p => p.Events));
        Assert.Equal(-4, s.Points[2].GoldsteinSum);
    }

    [Fact]
    public void Weekly_and_yearly_periods()
    {
        var bins = Table().ToBins(Granularity.Day);
        var weeks = DyadSeries.Build(bins, "CHN", "USA", Granularity.Week, directed: false);
        Assert.Equal("2025-W01", Periods.Label(weeks.Points[0].PeriodStart, Granularity.Week)); // Sunday 5 Jan 2025 is in ISO week 1
        Assert.Equal(DayOfWeek.Monday, weeks.Points[0].Start.DayOfWeek);
        var years = DyadSeries.Build(bins, "CHN", "USA", Granularity.Year, directed: false);
        Assert.Single(years.Points);
        Assert.Equal(3, years.Points[0].Events);
    }

    [Fact]
    public void Monthly_bins_cannot_be_split_into_days()
    {
        var bins = Table().ToBins(Granularity.Month);
        Assert.Throws<ArgumentException>(() => DyadSeries.Build(bins, "CHN", "USA", Granularity.Day, directed: true));
    }

    [Fact]
    public void Chart_is_well_formed_labelled_svg()
    {
        var s = DyadSeries.Build(Table().ToBins(Granularity.Day), "CHN", "USA", Granularity.Month, directed: false);
        foreach (var svg in new[] { SvgChart.Render(s), SvgChart.Render(s, goldstein: true) })
        {
            var doc = XDocument.Parse(svg);
            XNamespace ns = "http://www.w3.org/2000/svg";
            Assert.Equal(ns + "svg", doc.Root!.Name);
            var texts = doc.Descendants(ns + "text").Select(t => t.Value).ToList();
            Assert.Contains(texts, t => t.StartsWith("CHN ↔ USA by month"));
            Assert.Contains("2025-02", texts);
        }
        var quads = XDocument.Parse(SvgChart.Render(s));
        Assert.Equal(4, quads.Descendants("{http://www.w3.org/2000/svg}polyline").Count());
    }

    [Fact]
    public void Stored_dates_at_any_precision_parse_to_their_first_day()
    {
        Assert.True(Periods.TryParseDay("2025-03-04", out int d));
        Assert.Equal(new DateOnly(2025, 3, 4).DayNumber, d);
        Assert.True(Periods.TryParseDay("2025-03", out d));
        Assert.Equal(new DateOnly(2025, 3, 1).DayNumber, d);
        Assert.True(Periods.TryParseDay("2025", out d));
        Assert.False(Periods.TryParseDay("2025-13", out _));
        Assert.False(Periods.TryParseDay("next week", out _));
    }
}
