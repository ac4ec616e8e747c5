using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary><c>entente bench ...</c>: throughput and memory benchmarks, one subcommand a stage.</summary>
public static class BenchCommand
{
    /// <summary>Creates the command with its subcommands.</summary>
    public static Command Create()
    {
        var cmd = new Command("bench", "Measure throughput and memory of a stage (build with -c Release for real figures).");
        cmd.Add(BenchIngestCommand.Create());
        cmd.Add(BenchPipesCommand.Create());
        cmd.Add(BenchCodeCommand.Create());
        cmd.Add(BenchAnalysisCommand.Create());
        cmd.Add(BenchTextCommand.Create());
        cmd.Add(BenchParserCommand.Create());
        cmd.Add(BenchActorsCommand.Create());
        cmd.Add(BenchClustersCommand.Create());
        return cmd;
    }
}
