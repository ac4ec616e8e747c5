using Entente.Analysis;

namespace Entente.Tests.Analysis;

public class ShiftDetectorTests
{
    [Fact]
    public void Finds_the_planted_shift_in_its_month()
    {
        var bins = PlantedEvents.Build().ToBins(Granularity.Day);
        var shifts = ShiftDetector.Find(bins, PlantedEvents.ShiftMonth, new ShiftOptions());
        Assert.NotEmpty(shifts);
        var top = shifts[0];
        Assert.Equal(("CHN", "USA"), (top.A, top.B));
        Assert.Equal(PlantedEvents.ShiftMonth.DayNumber, top.PeriodStart);
        Assert.Contains(shifts, s => s.A == "CHN" && s.B == "USA" && s.Measure == ShiftMeasure.Conflict && s.Z > 5);
        Assert.Contains(shifts, s => s.A == "CHN" && s.B == "USA" && s.Measure == ShiftMeasure.Goldstein && s.Z < -5);
    }

    [Fact]
    public void Finds_no_shift_for_the_dyad_in_other_months()
    {
        var bins = PlantedEvents.Build().ToBins(Granularity.Day);
        foreach (var month in new[] { new DateOnly(2024, 3, 1), new DateOnly(2024, 5, 1), new DateOnly(2024, 9, 1) })
        {
            var shifts = ShiftDetector.Find(bins, month, new ShiftOptions());
            Assert.DoesNotContain(shifts, s => s.A == "CHN" && s.B == "USA" && s.Z > 0);
        }
    }

    [Fact]
    public void Noise_alone_raises_rare_and_weak_alarms()
    {
        // 5 seeds × 2 widths × 66 dyads × 3 measures judged; at |z| ≥ 3 a few chance alarms are expected.
        var alarms = new List<DyadShift>();
        for (int seed = 1; seed <= 5; seed++)
        {
            var bins = PlantedEvents.Build(seed, plantShift: false).ToBins(Granularity.Day);
            foreach (var by in new[] { Granularity.Month, Granularity.Week })
                alarms.AddRange(ShiftDetector.Find(bins, PlantedEvents.ShiftMonth.AddDays(10), new ShiftOptions { Granularity = by }));
        }
        Assert.True(alarms.Count <= 20, $"{alarms.Count} alarms");
        Assert.All(alarms, a => Assert.True(Math.Abs(a.Z) < 5, a.ToString()));
        var planted = ShiftDetector.Find(PlantedEvents.Build().ToBins(Granularity.Day), PlantedEvents.ShiftMonth, new ShiftOptions());
        Assert.True(Math.Abs(planted[0].Z) > 10, planted[0].ToString());
    }

    [Fact]
    public void Weekly_periods_locate_the_shift_too()
    {
        var bins = PlantedEvents.Build().ToBins(Granularity.Day);
        var shifts = ShiftDetector.Find(bins, new DateOnly(2024, 6, 12), new ShiftOptions { Granularity = Granularity.Week, History = 26 });
        Assert.True(shifts[0].A == "CHN" && shifts[0].B == "USA", string.Join("; ", shifts.Take(5)));
    }
}
