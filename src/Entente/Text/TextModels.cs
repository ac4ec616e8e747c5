using Entente.Text.Models;
using Entente.Text.Tagging;

namespace Entente.Text;

/// <summary>
/// The shipped text models, each loaded once per process on first use from
/// <see cref="ModelResources"/>. Loading is thread-safe; the models are immutable.
/// </summary>
public static class TextModels
{
    /// <summary>File name of the tagger model.</summary>
    public const string TaggerFile = "tagger.bin";

    private static readonly Lazy<PerceptronTagger> _tagger = new(() => Load(TaggerFile, PerceptronTagger.Load));

    /// <summary>The POS tagger.</summary>
    public static PerceptronTagger Tagger => _tagger.Value;

    private static T Load<T>(string file, Func<Stream, string, T> load)
    {
        using var s = ModelResources.Open(file)
            ?? throw new FileNotFoundException($"model '{file}' is neither embedded nor in ENTENTE_MODELS", file);
        return load(s, file);
    }
}
