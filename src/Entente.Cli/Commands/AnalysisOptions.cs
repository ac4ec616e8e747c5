using System.CommandLine;
using Entente.Analysis;

namespace Entente.Cli.Commands;

/// <summary>Options shared by the analysis commands (window, decay, period width); fresh instances per command.</summary>
public static class AnalysisOptions
{
    /// <summary><c>--by day|week|month|year</c>.</summary>
    public static Option<Granularity> By(Granularity fallback) => new("--by")
    {
        Description = "Period width: day, week, month or year.",
        HelpName = "day|week|month|year",
        DefaultValueFactory = _ => fallback,
        CustomParser = r =>
        {
            var v = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
            if (Periods.TryParse(v, out var g)) return g;
            r.AddError($"--by: '{v}' is not day, week, month or year");
            return fallback;
        },
    };

    /// <summary><c>--half-life DAYS</c>.</summary>
    public static Option<double> HalfLife() => new("--half-life")
    {
        Description = "Days after which an event counts half (0: no decay).",
        HelpName = "DAYS",
        DefaultValueFactory = _ => 180,
    };

    /// <summary>
    /// The alignment window: <c>--until</c> (default: the last stored day) and <c>--since</c>
    /// (default: a year before it).
    /// </summary>
    public static (DateOnly Since, DateOnly Until) Window(Store.SqliteStore store, DateOnly? since, DateOnly? until)
    {
        var span = Store.Queries.AnalysisQueries.Span(store) ?? throw new UsageException("no dated events between two actors in the database yet");
        var u = until ?? span.Last;
        var s = since ?? u.AddYears(-1).AddDays(1);
        if (s > u) throw new UsageException($"--since {s:yyyy-MM-dd} is after --until {u:yyyy-MM-dd}");
        return (s, u);
    }

    /// <summary>Loads the graph and blocs of a window.</summary>
    public static (SignedGraph Graph, BlocPartition Blocs, NodeCentrality[] Centrality) Blocs(Store.SqliteStore store, DateOnly since, DateOnly until,
        double halfLife, int maxBlocs = 8)
    {
        var options = new Entente.Analysis.AlignmentOptions { Since = since, Until = until, HalfLifeDays = halfLife };
        // Short windows need days; longer ones are summed by month in the store.
        var graph = until.DayNumber - since.DayNumber < 120
            ? AlignmentGraphBuilder.Build(Store.Queries.AnalysisQueries.AllBins(store, Granularity.Day, since, until), options)
            : Store.Queries.AnalysisQueries.AlignmentGraph(store, options);
        var blocs = BlocDetector.Detect(graph, maxBlocs);
        return (graph, blocs, Centrality.Compute(blocs));
    }
}
