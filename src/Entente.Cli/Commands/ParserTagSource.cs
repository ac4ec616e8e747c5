using System.CommandLine;
using Entente.Text;
using Entente.Text.Corpora;
using Entente.Text.Parsing;

namespace Entente.Cli.Commands;

/// <summary>The <c>--tags</c> option of the parser commands: where POS tags come from.</summary>
internal static class ParserTagSource
{
    private const int Folds = 10;
    private const int TaggerIterations = 10;

    public static Option<string> CreateOption() => new("--tags")
    {
        Description = "POS tags the parser sees: 'gold' (corpus tags, upper bound only) or 'predicted' (our tagger).",
        DefaultValueFactory = _ => "gold",
    };

    /// <summary>Tag providers for training data (jackknifed when predicted) and for evaluation data.</summary>
    public static (ITagProvider Train, ITagProvider Eval) Resolve(string name, IReadOnlyList<ConlluSentence>? train, TextWriter log) => name switch
    {
        "gold" => (GoldTagProvider.Instance, GoldTagProvider.Instance),
        "predicted" => (
            train is null ? GoldTagProvider.Instance : JackknifeTagProvider.Build(train, Folds, TaggerIterations, 1, log),
            new TaggerTagProvider(TextModels.Tagger, TextModels.TaggerFile)),
        _ => throw new UsageException($"unknown --tags '{name}' (expected gold or predicted)"),
    };
}
