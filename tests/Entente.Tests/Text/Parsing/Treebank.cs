using Entente.Text.Corpora;

namespace Entente.Tests.Text.Parsing;

/// <summary>Locates UD English EWT in ../shared relative to the repository root (the folder with Entente.sln).</summary>
internal static class Treebank
{
    public static string? Directory { get; } = Find();

    public static string MissingMessage => "UD English EWT not found in ../shared/data/ud-english-ewt (tests need the shared data)";

    public static List<ConlluSentence> Read(string part, int take = int.MaxValue) =>
        ConlluReader.ReadFile(Path.Combine(Directory!, $"en_ewt-ud-{part}.conllu")).Take(take).ToList();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Entente.sln"))) continue;
            var ewt = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "ud-english-ewt"));
            return File.Exists(Path.Combine(ewt, "en_ewt-ud-dev.conllu")) ? ewt : null;
        }
        return null;
    }
}

/// <summary>A fact that is skipped, with a clear message, when the shared treebank is absent.</summary>
internal sealed class TreebankFactAttribute : FactAttribute
{
    public TreebankFactAttribute()
    {
        if (Treebank.Directory is null) Skip = Treebank.MissingMessage;
    }
}
