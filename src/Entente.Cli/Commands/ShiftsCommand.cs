using System.CommandLine;
using Entente.Analysis;
using Entente.Cli.Output;
using Entente.Store.Queries;

namespace Entente.Cli.Commands;

/// <summary><c>entente shifts</c>: early warning — dyads whose cooperation or conflict left their own history in a period.</summary>
public static class ShiftsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("shifts", "Early warning: dyads whose cooperation, conflict or Goldstein sum moved far from their own history (z-score).");
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var period = new Option<string?>("--period") { Description = "The period to judge: 2025-03, 2025-W10, 2025-03-04 or 2025 (default: the last one with events).", HelpName = "PERIOD" };
        var by = AnalysisOptions.By(Granularity.Month);
        var history = new Option<int>("--history") { Description = "Earlier periods to compare with.", DefaultValueFactory = _ => 12 };
        var threshold = new Option<double>("--threshold") { Description = "Smallest |z| reported.", DefaultValueFactory = _ => 3 };
        var minEvents = new Option<int>("--min-events") { Description = "Fewest events for a dyad to be judged.", DefaultValueFactory = _ => 3 };
        foreach (Option o in new Option[] { db, format, period, by, history, threshold, minEvents }) cmd.Add(o);
        cmd.SetAction(r =>
        {
            using var store = StoreAccess.OpenRead(r.GetValue(db)!);
            var (g, day) = Parse(r.GetValue(period), r.GetValue(by), store);
            var options = new ShiftOptions { Granularity = g, History = r.GetValue(history), Threshold = r.GetValue(threshold), MinEvents = r.GetValue(minEvents) };
            int start = Periods.Start(day.DayNumber, g);
            int from = start;
            for (int i = 0; i < options.History; i++) from = Periods.Previous(from, g);
            var bins = AnalysisQueries.AllBins(store, g, DateOnly.FromDayNumber(from), DateOnly.FromDayNumber(Periods.Next(start, g) - 1));
            var shifts = ShiftDetector.Find(bins, day, options);
            var output = r.InvocationConfiguration.Output;
            Table(shifts, g).Write(output, CommonOptions.Resolve(r.GetValue(format), output), $"Shifts in {Periods.Label(start, g)} against the {options.History} {g.ToString().ToLowerInvariant()}s before");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>Shifts as rows (also used by the analyze report).</summary>
    public static Tabular Table(IEnumerable<DyadShift> shifts, Granularity g)
    {
        var t = new Tabular("dyad", "period", "measure", "value", "mean", "sd", "z", "events");
        foreach (var s in shifts)
            t.Add($"{s.A}–{s.B}", Periods.Label(s.PeriodStart, g), s.Measure.ToString().ToLowerInvariant(), Math.Round(s.Value, 2), Math.Round(s.Mean, 2),
                Math.Round(s.StdDev, 2), Math.Round(s.Z, 2), s.Events);
        return t;
    }

    private static (Granularity, DateOnly) Parse(string? text, Granularity by, Store.SqliteStore store)
    {
        if (text is null)
        {
            var span = AnalysisQueries.Span(store) ?? throw new UsageException("no dated events between two actors in the database yet");
            return (by, span.Last);
        }
        text = text.Trim();
        var week = System.Text.RegularExpressions.Regex.Match(text, @"^(\d{4})-W(\d{2})$");
        if (week.Success)
        {
            int y = int.Parse(week.Groups[1].Value), w = int.Parse(week.Groups[2].Value);
            if (w is < 1 or > 53) throw new UsageException($"--period: '{text}' has no week {w}");
            return (Granularity.Week, DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(y, w, DayOfWeek.Monday)));
        }
        if (!Periods.TryParseDay(text, out int day))
            throw new UsageException($"--period: '{text}' is not a period (2025, 2025-03, 2025-W10 or 2025-03-04)");
        var g = text.Length switch { 4 => Granularity.Year, 7 => Granularity.Month, _ => by == Granularity.Month ? Granularity.Day : by };
        return (g, DateOnly.FromDayNumber(day));
    }
}
