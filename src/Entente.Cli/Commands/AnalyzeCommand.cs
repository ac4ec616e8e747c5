using System.CommandLine;
using Entente.Cli.Output;
using Entente.Store.Queries;

namespace Entente.Cli.Commands;

/// <summary><c>entente analyze PATH...</c>: ingest, then report what was found. The README's main command.</summary>
public static class AnalyzeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("analyze", "Ingest articles, then report documents, actors and events found.");
        var ingest = new IngestArguments(cmd);
        var top = new Option<int>("--top") { Description = "Rows per section of the report.", DefaultValueFactory = _ => 10 };
        cmd.Add(top);
        cmd.SetAction(r =>
        {
            var report = ingest.Run(r);
            var output = r.InvocationConfiguration.Output;
            output.WriteLine();
            using var store = Store.SqliteStore.Open(r.GetValue(ingest.Db)!, readOnly: true);
            AnalysisReport.Write(store, output, r.GetValue(top));
            return report.Failures.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return cmd;
    }
}
