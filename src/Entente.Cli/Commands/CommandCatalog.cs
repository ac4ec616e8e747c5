using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary>Every top-level command, in the order <c>--help</c> lists them. One command a file.</summary>
public static class CommandCatalog
{
    /// <summary>Creates the commands.</summary>
    public static IEnumerable<Command> All()
    {
        yield return AnalyzeCommand.Create();
        yield return IngestCommand.Create();
        yield return SearchCommand.Create();
        yield return DocsCommand.Create();
        yield return EventsCommand.Create();
        yield return ClaimsCommand.Create();
        yield return QuotesCommand.Create();
        yield return StatsCommand.Create();
        yield return CodeCommand.Create();
        yield return ValidateCommand.Create();
        yield return DyadCommand.Create();
        yield return BlocsCommand.Create();
        yield return AlignmentCommand.Create();
        yield return TreatiesCommand.Create();
        yield return ShiftsCommand.Create();
        yield return ExportCommand.Create();
        yield return ParseCommand.Create();
        yield return TrainCommand.Create();
        yield return EvalCommand.Create();
        yield return ActorsCommand.Create();
        yield return WhoCommand.Create();
        yield return BenchCommand.Create();
        yield return VersionCommand.Create();
    }
}
