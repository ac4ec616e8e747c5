using Entente.Model;
using Entente.Text.Learning;
using Entente.Text.Models;

namespace Entente.Text.Tokenization;

/// <summary>
/// Sentence splitter that learns where sentences end from a treebank: layout gives hard boundaries
/// (<see cref="TextBlocks"/>); inside a block, an averaged perceptron decides after each token,
/// left to right, using the rule splitter's decision as one of its features. It can thus split
/// web text that lacks punctuation while keeping the rules' behaviour on edited prose; where a
/// boundary is clear without a model (<see cref="ClearSentenceBreaks"/>), the rule decides.
/// Immutable; safe to share across threads.
/// </summary>
public sealed class LearnedSentenceSplitter : ISentenceSplitter
{
    /// <summary>Model kind in the file header.</summary>
    public const string Kind = "sentences";
    private const int Version = 1;

    private readonly ITokenizer _tokenizer;
    private readonly PerceptronModel _model;

    /// <summary>Creates the splitter from a tokenizer and a trained model.</summary>
    public LearnedSentenceSplitter(ITokenizer tokenizer, PerceptronModel model, IReadOnlyDictionary<string, string>? meta = null)
    {
        _tokenizer = tokenizer;
        _model = model;
        Meta = meta ?? new Dictionary<string, string>();
    }

    /// <summary>Training metadata.</summary>
    public IReadOnlyDictionary<string, string> Meta { get; }

    /// <summary>The weights.</summary>
    public PerceptronModel Weights => _model;

    /// <inheritdoc/>
    public void Split(string text, List<CharSpan> spans) => Split(text, spans, null);

    /// <inheritdoc/>
    /// <remarks>The splitter tokenizes every block to decide where sentences end, so it hands those tokens back.</remarks>
    public void Split(string text, List<CharSpan> spans, List<Token[]>? sentenceTokens)
    {
        var tokens = new List<Token>(256);
        Span<ulong> feats = stackalloc ulong[SentenceBoundaryFeatures.Max];
        Span<float> scores = stackalloc float[2];
        foreach (var block in TextBlocks.Split(text))
        {
            tokens.Clear();
            _tokenizer.Tokenize(text, block, tokens);
            int first = 0;
            for (int i = 0; i < tokens.Count; i++)
            {
                bool end = i == tokens.Count - 1
                    || (!tokens[i + 1].SameSurface(tokens[i])
                        && (ClearSentenceBreaks.Decide(tokens, first, i)
                            ?? _model.Predict(feats[..SentenceBoundaryFeatures.Extract(text, tokens, i, i - first + 1, feats)], scores) == 1));
                if (!end) continue;
                spans.Add(new CharSpan(tokens[first].Start, tokens[i].End));
                if (sentenceTokens is not null)
                {
                    var words = new Token[i - first + 1];
                    tokens.CopyTo(first, words, 0, words.Length);
                    sentenceTokens.Add(words);
                }
                first = i + 1;
            }
        }
    }

    /// <summary>Saves the model with its header.</summary>
    public void Save(Stream stream)
    {
        using var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelFile.WriteHeader(w, Kind, Version, Meta);
        _model.Write(w);
    }

    /// <summary>Loads a model saved by <see cref="Save"/>, splitting the tokens of <paramref name="tokenizer"/>.</summary>
    /// <exception cref="InvalidDataException">Not a sentence-splitter model, too new, truncated or corrupt (the message names the file).</exception>
    public static LearnedSentenceSplitter Load(Stream stream, string name, ITokenizer tokenizer)
    {
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var (_, meta) = ModelFile.ReadHeader(r, Kind, Version, name);
        try { return new LearnedSentenceSplitter(tokenizer, PerceptronModel.Read(r), meta); }
        catch (Exception ex) when (ModelFile.IsCorruption(ex, name))
        {
            throw new InvalidDataException($"{name}: corrupt sentence-splitter model ({ex.Message})", ex);
        }
    }

    /// <summary>
    /// Trains on raw text with gold sentence spans: each token not inside a multiword token is an
    /// instance, positive when a gold sentence ends at its end.
    /// </summary>
    public static LearnedSentenceSplitter Train(IReadOnlyList<(string Text, IReadOnlyList<CharSpan> Sentences)> docs, ITokenizer tokenizer,
        int iterations = 8, int seed = 1, Action<string>? log = null, IReadOnlyDictionary<string, string>? meta = null)
    {
        var blocks = new List<(string Text, List<Token> Tokens, bool[] Gold)>();
        foreach (var (text, sentences) in docs)
        {
            var ends = sentences.Select(s => s.End).ToHashSet();
            foreach (var block in TextBlocks.Split(text))
            {
                var tokens = new List<Token>();
                tokenizer.Tokenize(text, block, tokens);
                if (tokens.Count < 2) continue;
                blocks.Add((text, tokens, tokens.Select(t => ends.Contains(t.End)).ToArray()));
            }
        }
        var trainer = new PerceptronTrainer(2);
        var feats = new ulong[SentenceBoundaryFeatures.Max];
        var scores = new float[2];
        var order = Enumerable.Range(0, blocks.Count).ToArray();
        var rng = new Random(seed);
        for (int it = 0; it < iterations; it++)
        {
            rng.Shuffle(order);
            int errors = 0;
            foreach (int b in order)
            {
                var (text, tokens, gold) = blocks[b];
                int first = 0;
                for (int i = 0; i < tokens.Count - 1; i++)
                {
                    if (tokens[i + 1].SameSurface(tokens[i])) continue;
                    int n = SentenceBoundaryFeatures.Extract(text, tokens, i, i - first + 1, feats);
                    int guess = trainer.Predict(feats.AsSpan(0, n), scores);
                    int truth = gold[i] ? 1 : 0;
                    trainer.Update(feats.AsSpan(0, n), truth, guess);
                    if (guess != truth) errors++;
                    if (guess == 1) first = i + 1;
                }
            }
            log?.Invoke($"pass {it + 1}/{iterations}: {errors} boundary errors");
        }
        return new LearnedSentenceSplitter(tokenizer, trainer.Average(), meta);
    }
}
