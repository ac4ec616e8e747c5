using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente eval ...</c>: scores a model on a corpus and prints metrics, the last line being one
/// JSON object. Each evaluation has its own subcommand file.
/// </summary>
public static class EvalCommand
{
    /// <summary>Subcommand factories; adding an evaluation is one line here.</summary>
    private static readonly Func<Command>[] Subcommands =
    [
        EvalTaggerCommand.Create,
        EvalNerCommand.Create,
        EvalParserCommand.Create,
        EvalPipelineCommand.Create,
    ];

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("eval", "Evaluate NLP models on a held-out corpus.");
        foreach (var sub in Subcommands) cmd.Add(sub());
        return cmd;
    }
}
