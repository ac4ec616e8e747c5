using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary><c>entente train ...</c>: trains one of our NLP models. Each model has its own subcommand file.</summary>
public static class TrainCommand
{
    /// <summary>Subcommand factories; adding a model's trainer is one line here.</summary>
    private static readonly Func<Command>[] Subcommands =
    [
        TrainTaggerCommand.Create,
        TrainLemmasCommand.Create,
        TrainNerCommand.Create,
        TrainSentencesCommand.Create,
        TrainParserCommand.Create,
        TrainClustersCommand.Create,
    ];

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("train", "Train an NLP model from a corpus (UD English EWT, UNER).");
        foreach (var sub in Subcommands) cmd.Add(sub());
        return cmd;
    }
}
