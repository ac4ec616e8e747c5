using System.CommandLine;
using Entente.Text.Corpora;
using Entente.Text.Parsing;

namespace Entente.Cli.Commands;

/// <summary>The <c>--tags</c> option of the parser commands: where POS tags come from.</summary>
internal static class ParserTagSource
{
    public static Option<string> CreateOption() => new("--tags")
    {
        Description = "POS tags the parser sees: 'gold' (corpus tags, upper bound only) or 'predicted' (our tagger).",
        DefaultValueFactory = _ => "gold",
    };

    /// <summary>Tag providers for training data (jackknifed when predicted) and for evaluation data.</summary>
    public static (ITagProvider Train, ITagProvider Eval) Resolve(string name, IReadOnlyList<ConlluSentence>? train, TextWriter log) => name switch
    {
        "gold" => (GoldTagProvider.Instance, GoldTagProvider.Instance),
        _ => throw new UsageException($"unknown --tags '{name}' (expected gold or predicted)"),
    };
}
