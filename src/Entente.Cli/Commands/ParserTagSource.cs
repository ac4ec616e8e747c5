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
        Description = "POS tags the parser sees: 'predicted' (our tagger; jackknifed on training data) or 'gold' (corpus tags, an upper bound only).",
        DefaultValueFactory = _ => "predicted",
    };

    public static Option<string?> CreateCacheOption() => new("--tag-cache")
    {
        Description = "CoNLL-U file caching the jackknifed training tags: read when it exists, else computed and written (--tags predicted).",
    };

    public static Option<int> CreatePassesOption() => new("--jackknife-passes")
    {
        Description = "Passes of the taggers that jackknife the training tags: 2 (the shipped kind) or 1 (six times faster to train).",
        DefaultValueFactory = _ => 2,
    };

    /// <summary>Tag providers for training data (jackknifed when predicted) and for evaluation data.</summary>
    public static (ITagProvider Train, ITagProvider Eval) Resolve(string name, IReadOnlyList<ConlluSentence>? train, TextWriter log, string? cache = null, int passes = 2) => name switch
    {
        "gold" => (GoldTagProvider.Instance, GoldTagProvider.Instance),
        "predicted" => (TrainingTags(train, log, cache, passes), new TaggerTagProvider(TextModels.Tagger, TextModels.TaggerFile)),
        _ => throw new UsageException($"unknown --tags '{name}' (expected gold or predicted)"),
    };

    private static ITagProvider TrainingTags(IReadOnlyList<ConlluSentence>? train, TextWriter log, string? cache, int passes)
    {
        if (passes is not (1 or 2)) throw new UsageException($"--jackknife-passes must be 1 or 2, not {passes}");
        if (train is null) return GoldTagProvider.Instance;
        const string name = "jackknifed tagger (10 folds)";
        if (cache is not null && File.Exists(cache)) return new FileTagProvider(cache, train, name);
        var tags = JackknifeTagProvider.Build(train, Folds, TaggerIterations, 1, log, twoPass: passes == 2);
        if (cache is not null) FileTagProvider.Write(cache, train, tags);
        return tags;
    }
}
