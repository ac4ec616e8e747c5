using System.CommandLine;
using Entente.Analysis;
using Entente.Cli.Output;
using Entente.Store.Queries;

namespace Entente.Cli.Commands;

/// <summary><c>entente dyad A B</c>: the time series of events between two actors, as a table and optionally an SVG chart.</summary>
public static class DyadCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("dyad", "Events between two actors period by period: counts by quad class, Goldstein sum and mean.");
        var a = new Argument<string>("A") { Description = "Source actor code or prefix (e.g. CHN, USAGOV)." };
        var b = new Argument<string>("B") { Description = "Target actor code or prefix." };
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var by = AnalysisOptions.By(Granularity.Month);
        var undirected = new Option<bool>("--undirected") { Description = "Count both directions (A → B and B → A)." };
        var since = CommonOptions.Date("--since", "First day.");
        var until = CommonOptions.Date("--until", "Last day.");
        var chart = new Option<string?>("--chart") { Description = "Also write an SVG chart to this file.", HelpName = "FILE.svg" };
        var goldstein = new Option<bool>("--chart-goldstein") { Description = "Chart the Goldstein sum (bars) instead of the quad classes (lines)." };
        cmd.Add(a); cmd.Add(b);
        foreach (Option o in new Option[] { db, format, by, undirected, since, until, chart, goldstein }) cmd.Add(o);
        cmd.SetAction(r =>
        {
            string src = r.GetValue(a)!, tgt = r.GetValue(b)!;
            var g = r.GetValue(by);
            bool directed = !r.GetValue(undirected);
            using var store = StoreAccess.OpenRead(r.GetValue(db)!);
            var bins = AnalysisQueries.DyadBins(store, src, tgt, directed, g, r.GetValue(since), r.GetValue(until));
            var series = DyadSeries.Build(bins, src, tgt, g, directed, r.GetValue(since), r.GetValue(until));
            var output = r.InvocationConfiguration.Output;
            var table = new Tabular("period", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "events", "goldstein_sum", "goldstein_mean");
            foreach (var p in series.Points)
                table.Add(Periods.Label(p.PeriodStart, g), p.VerbalCooperation, p.MaterialCooperation, p.VerbalConflict, p.MaterialConflict, p.Events,
                    Math.Round(p.GoldsteinSum, 2), Math.Round(p.GoldsteinMean, 2));
            table.Write(output, CommonOptions.Resolve(r.GetValue(format), output), series.Title);
            if (r.GetValue(chart) is { } file)
            {
                File.WriteAllText(file, SvgChart.Render(series, r.GetValue(goldstein)));
                r.InvocationConfiguration.Error.WriteLine($"chart written to {file}");
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
