using Entente.Model;
using Entente.Text.Learning;
using Entente.Text.Models;

namespace Entente.Text.Tagging;

/// <summary>
/// Greedy averaged-perceptron POS tagger predicting UPOS and Penn XPOS jointly, in one or two passes:
/// a left-to-right pass, then optionally a second left-to-right pass that also sees the first pass's
/// tags of the words to its right. The second pass re-tags only the words the first pass was unsure
/// of (score margin below a threshold), which keeps most of its gain at a fraction of its cost.
/// Frequent words that were unambiguous in training are tagged from a dictionary without scoring.
/// Immutable after loading; safe to share across threads.
/// </summary>
public sealed class PerceptronTagger
{
    /// <summary>Model kind in the file header.</summary>
    public const string Kind = "tagger";
    // 6: everything after the header Brotli-compressed (8.2 MB → about 5 MB); 5 and older still load.
    private const int Version = 6;

    private readonly PerceptronModel _model;
    private readonly PerceptronModel? _firstPass;
    private readonly Dictionary<ulong, int> _dictionary; // word hash (AmbiguityLexicon.Key) → class
    private readonly float _secondPassMargin;

    /// <summary>Creates a tagger from its parts.</summary>
    /// <param name="tags">The classes.</param>
    /// <param name="model">The final model; when <paramref name="firstPass"/> is given it also sees that pass's tags of the words to the right.</param>
    /// <param name="firstPass">Optional left-to-right first pass.</param>
    /// <param name="dictionary">Unambiguous frequent words.</param>
    /// <param name="lexicon">Ambiguity classes.</param>
    /// <param name="meta">Training metadata.</param>
    /// <param name="secondPassMargin">The second pass re-tags only words whose first-pass score margin (best minus
    /// runner-up) is below this; the others keep their first-pass tag. Infinity re-tags every word.</param>
    /// <param name="clusters">Word classes learned from unlabelled text (at most two maps; none: no class features).</param>
    public PerceptronTagger(TagSet tags, PerceptronModel model, PerceptronModel? firstPass, Dictionary<string, int> dictionary,
        AmbiguityLexicon lexicon, IReadOnlyDictionary<string, string>? meta = null, float secondPassMargin = float.PositiveInfinity,
        WordClusters[]? clusters = null)
        : this(tags, model, firstPass, dictionary.ToDictionary(kv => AmbiguityLexicon.Key(kv.Key), kv => kv.Value), lexicon, meta,
            secondPassMargin, clusters)
    {
    }

    private PerceptronTagger(TagSet tags, PerceptronModel model, PerceptronModel? firstPass, Dictionary<ulong, int> dictionary,
        AmbiguityLexicon lexicon, IReadOnlyDictionary<string, string>? meta, float secondPassMargin, WordClusters[]? clusters)
    {
        Clusters = clusters ?? [];
        _secondPassMargin = secondPassMargin;
        _firstPass = firstPass;
        Lexicon = lexicon;
        Tags = tags;
        _model = model;
        _dictionary = dictionary;
        Meta = meta ?? new Dictionary<string, string>();
    }

    /// <summary>The classes.</summary>
    public TagSet Tags { get; }

    /// <summary>Ambiguity classes of known words.</summary>
    public AmbiguityLexicon Lexicon { get; }

    /// <summary>Word classes learned from unlabelled text.</summary>
    public WordClusters[] Clusters { get; }

    /// <summary>First-pass score margin below which the second pass re-tags a word (infinity: every word).</summary>
    public float SecondPassMargin => _secondPassMargin;

    /// <summary>Training metadata from the model file.</summary>
    public IReadOnlyDictionary<string, string> Meta { get; }

    /// <summary>The underlying weights (for size reporting).</summary>
    public PerceptronModel Weights => _model;

    /// <summary>Writes the class of each word of a sentence into <paramref name="classes"/>.</summary>
    public void Tag(ReadOnlySpan<string> words, Span<int> classes)
    {
        int[]? rented = null;
        float[]? rentedMargins = null;
        Span<int> buffer = words.Length <= 128 ? stackalloc int[words.Length * 3]
            : (rented = System.Buffers.ArrayPool<int>.Shared.Rent(words.Length * 3)).AsSpan(0, words.Length * 3);
        var amb = buffer[..words.Length];
        Lexicon.Lookup(words, amb);
        var cls = Clusters.Length == 0 ? default : buffer.Slice(2 * words.Length, words.Length);
        WordClusterCodes.Fill(Clusters, words, cls);
        if (_firstPass is null) Decode(_model, words, amb, default, default, cls, classes, default);
        else
        {
            var first = buffer.Slice(words.Length, words.Length);
            Span<float> margins = words.Length <= 128 ? stackalloc float[words.Length]
                : (rentedMargins = System.Buffers.ArrayPool<float>.Shared.Rent(words.Length)).AsSpan(0, words.Length);
            Decode(_firstPass, words, amb, default, default, cls, first, margins);
            Decode(_model, words, amb, first, margins, cls, classes, default);
        }
        if (rented is not null) System.Buffers.ArrayPool<int>.Shared.Return(rented);
        if (rentedMargins is not null) System.Buffers.ArrayPool<float>.Shared.Return(rentedMargins);
    }

    /// <summary>
    /// One greedy left-to-right pass. With <paramref name="firstMargins"/>, words the first pass was sure of
    /// keep its tag (from <paramref name="right"/>); <paramref name="margins"/>, when given, receives each word's
    /// margin (infinity for dictionary words).
    /// </summary>
    private void Decode(PerceptronModel model, ReadOnlySpan<string> words, ReadOnlySpan<int> amb, ReadOnlySpan<int> right,
        ReadOnlySpan<float> firstMargins, ReadOnlySpan<int> clusters, Span<int> classes, Span<float> margins)
    {
        Span<ulong> feats = stackalloc ulong[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[Tags.Count];
        int p1 = -1, p2 = -1;
        for (int i = 0; i < words.Length; i++)
        {
            float margin = float.PositiveInfinity;
            int c;
            // Dictionary words have an infinite first-pass margin, so a sure first-pass tag is kept without a lookup.
            if (!firstMargins.IsEmpty && firstMargins[i] >= _secondPassMargin) c = right[i];
            else if (!_dictionary.TryGetValue(AmbiguityLexicon.Key(words[i]), out c))
            {
                int n = TaggerFeatures.Extract(words, amb, right, clusters, i, p1, p2, feats);
                c = model.Predict(feats[..n], scores);
                if (!margins.IsEmpty) margin = Margin(scores, c);
            }
            if (!margins.IsEmpty) margins[i] = margin;
            classes[i] = c;
            p2 = p1; p1 = c;
        }
    }

    private static float Margin(ReadOnlySpan<float> scores, int best)
    {
        float second = float.NegativeInfinity;
        for (int k = 0; k < scores.Length; k++) if (k != best && scores[k] > second) second = scores[k];
        return scores[best] - second;
    }

    /// <summary>Tags tokens in place, setting <see cref="Token.Upos"/> and <see cref="Token.Xpos"/>.</summary>
    public void Tag(Token[] tokens)
    {
        var words = System.Buffers.ArrayPool<string>.Shared.Rent(tokens.Length);
        var classes = System.Buffers.ArrayPool<int>.Shared.Rent(tokens.Length);
        try
        {
            for (int i = 0; i < tokens.Length; i++) words[i] = tokens[i].Text;
            Tag(words.AsSpan(0, tokens.Length), classes.AsSpan(0, tokens.Length));
            for (int i = 0; i < tokens.Length; i++)
            {
                tokens[i].Upos = Tags.Upos(classes[i]);
                tokens[i].Xpos = Tags.Xpos(classes[i]);
            }
        }
        finally
        {
            Array.Clear(words, 0, tokens.Length);
            System.Buffers.ArrayPool<string>.Shared.Return(words);
            System.Buffers.ArrayPool<int>.Shared.Return(classes);
        }
    }

    /// <summary>Saves the model with its header.</summary>
    public void Save(Stream stream)
    {
        using (var header = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            ModelFile.WriteHeader(header, Kind, Version, Meta);
        using var body = ModelFile.CompressedBody(stream);
        using var w = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write(Tags.Count);
        for (int c = 0; c < Tags.Count; c++) { w.Write(Tags.Upos(c)); w.Write(Tags.Xpos(c)); }
        // Words are hashed (format 5): the file holds no word list of the treebank.
        w.Write(_dictionary.Count);
        foreach (var (key, c) in _dictionary.OrderBy(kv => kv.Key)) { w.Write(key); w.Write((ushort)c); }
        w.Write(Lexicon.Count);
        foreach (var (key, id) in Lexicon.Entries.OrderBy(kv => kv.Key)) { w.Write(key); w.Write(id); }
        w.Write(Clusters.Length);
        foreach (var c in Clusters) c.Write(w);
        w.Write(_firstPass is not null);
        w.Write(_secondPassMargin);
        _firstPass?.Write(w);
        _model.Write(w);
    }

    /// <summary>Loads a model saved by <see cref="Save"/>; <paramref name="name"/> is used in errors.</summary>
    /// <exception cref="InvalidDataException">Not a tagger model, too new, truncated or corrupt (the message names the file).</exception>
    public static PerceptronTagger Load(Stream stream, string name)
    {
        try { return Read(stream, name); }
        catch (Exception ex) when (ModelFile.IsCorruption(ex, name))
        {
            throw new InvalidDataException($"{name}: corrupt tagger model ({ex.Message})", ex);
        }
    }

    private static PerceptronTagger Read(Stream stream, string name)
    {
        using var header = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var (version, meta) = ModelFile.ReadHeader(header, Kind, Version, name);
        using var r = version >= 6 ? new BinaryReader(ModelFile.ReadCompressedBody(stream, name), System.Text.Encoding.UTF8) : header;
        int nTags = r.ReadInt32();
        var pairs = new (string, string)[nTags];
        for (int c = 0; c < nTags; c++) pairs[c] = (r.ReadString(), r.ReadString());
        // Formats before 5 stored the words as text; they are hashed as they are read.
        int nDict = r.ReadInt32();
        var dict = new Dictionary<ulong, int>(nDict);
        for (int i = 0; i < nDict; i++) { var key = version >= 5 ? r.ReadUInt64() : AmbiguityLexicon.Key(r.ReadString()); dict[key] = r.ReadUInt16(); }
        int nLex = r.ReadInt32();
        var lex = new Dictionary<ulong, int>(nLex);
        for (int i = 0; i < nLex; i++) { var key = version >= 5 ? r.ReadUInt64() : AmbiguityLexicon.Key(r.ReadString()); lex[key] = r.ReadInt32(); }
        var clusters = version >= 4 ? new WordClusters[r.ReadInt32()] : [];
        for (int i = 0; i < clusters.Length; i++) clusters[i] = WordClusters.Read(r);
        bool hasFirst = r.ReadBoolean();
        float margin = version >= 3 ? r.ReadSingle() : float.PositiveInfinity;
        var first = hasFirst ? PerceptronModel.Read(r) : null;
        var model = PerceptronModel.Read(r);
        return new PerceptronTagger(new TagSet(pairs), model, first, dict, new AmbiguityLexicon(lex), meta, margin, clusters);
    }
}
