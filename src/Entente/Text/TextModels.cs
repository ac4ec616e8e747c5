using Entente.Text.Entities;
using Entente.Text.Lemmas;
using Entente.Text.Models;
using Entente.Text.Tagging;
using Entente.Text.Tokenization;

namespace Entente.Text;

/// <summary>
/// The shipped text models, each loaded once per process on first use from
/// <see cref="ModelResources"/>. Loading is thread-safe; the models are immutable.
/// </summary>
public static class TextModels
{
    /// <summary>File name of the tagger model.</summary>
    public const string TaggerFile = "tagger.bin";

    /// <summary>File name of the lemmatizer tables.</summary>
    public const string LemmasFile = "lemmas.bin";

    private static readonly Lazy<Lemmatizer> _lemmatizer = new(() => Load(LemmasFile, Lemmatizer.Load));

    /// <summary>The lemmatizer.</summary>
    public static Lemmatizer Lemmatizer => _lemmatizer.Value;

    /// <summary>File name of the named-entity model.</summary>
    public const string EntitiesFile = "ner.bin";

    private static readonly Lazy<EntityRecognizer> _entities = new(() => Load(EntitiesFile, EntityRecognizer.Load));

    /// <summary>The named-entity recognizer.</summary>
    public static EntityRecognizer Entities => _entities.Value;

    /// <summary>File name of the sentence-boundary model.</summary>
    public const string SentencesFile = "sentences.bin";

    /// <summary>The rule-based tokenizer (stateless).</summary>
    // Declared before the splitter that reads it: static initializers run in textual order.
    public static RuleTokenizer Tokenizer { get; } = new();

    private static readonly Lazy<LearnedSentenceSplitter> _splitter =
        new(() => Load(SentencesFile, (s, n) => LearnedSentenceSplitter.Load(s, n, Tokenizer)));

    /// <summary>The learned sentence splitter over <see cref="Tokenizer"/>.</summary>
    public static LearnedSentenceSplitter SentenceSplitter => _splitter.Value;

    private static readonly Lazy<PerceptronTagger> _tagger = new(() => Load(TaggerFile, PerceptronTagger.Load));

    /// <summary>The POS tagger.</summary>
    public static PerceptronTagger Tagger => _tagger.Value;

    /// <summary>
    /// Loads every shipped text model, the parser included, in parallel, and returns each one's
    /// load time in milliseconds (0 when it was already loaded). Loading is decompression and
    /// table building, so with two cores this takes about as long as the largest model (the
    /// parser) instead of the sum of all.
    /// </summary>
    public static IReadOnlyDictionary<string, double> Preload()
    {
        var times = new System.Collections.Concurrent.ConcurrentDictionary<string, double>();
        void Timed(string name, Func<object> load)
        {
            long t0 = System.Diagnostics.Stopwatch.GetTimestamp();
            load();
            times[name] = Math.Round(System.Diagnostics.Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }
        Parallel.Invoke(
            () => Timed("parser", () => Parsing.DependencyParser.Shipped),
            () => Timed("tagger", () => Tagger),
            () => Timed("entities", () => Entities),
            () => Timed("lemmas", () => Lemmatizer),
            () => Timed("sentences", () => SentenceSplitter));
        return times;
    }

    private static T Load<T>(string file, Func<Stream, string, T> load)
    {
        using var s = ModelResources.Open(file)
            ?? throw new FileNotFoundException($"model '{file}' is neither embedded nor in ENTENTE_MODELS", file);
        return load(s, file);
    }
}
