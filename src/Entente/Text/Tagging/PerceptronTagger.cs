using Entente.Model;
using Entente.Text.Learning;
using Entente.Text.Models;

namespace Entente.Text.Tagging;

/// <summary>
/// Greedy averaged-perceptron POS tagger predicting UPOS and Penn XPOS jointly, in two passes:
/// a left-to-right pass, then a second left-to-right pass that also sees the first pass's tags of
/// the words to its right.
/// Frequent words that were unambiguous in training are tagged from a dictionary without scoring.
/// Immutable after loading; safe to share across threads.
/// </summary>
public sealed class PerceptronTagger
{
    /// <summary>Model kind in the file header.</summary>
    public const string Kind = "tagger";
    private const int Version = 2;

    private readonly PerceptronModel _model;
    private readonly PerceptronModel? _firstPass;
    private readonly Dictionary<string, int> _dictionary;

    /// <summary>Creates a tagger from its parts.</summary>
    /// <param name="tags">The classes.</param>
    /// <param name="model">The final model; when <paramref name="firstPass"/> is given it also sees that pass's tags of the words to the right.</param>
    /// <param name="firstPass">Optional left-to-right first pass.</param>
    /// <param name="dictionary">Unambiguous frequent words.</param>
    /// <param name="lexicon">Ambiguity classes.</param>
    /// <param name="meta">Training metadata.</param>
    public PerceptronTagger(TagSet tags, PerceptronModel model, PerceptronModel? firstPass, Dictionary<string, int> dictionary,
        AmbiguityLexicon lexicon, IReadOnlyDictionary<string, string>? meta = null)
    {
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

    /// <summary>Training metadata from the model file.</summary>
    public IReadOnlyDictionary<string, string> Meta { get; }

    /// <summary>The underlying weights (for size reporting).</summary>
    public PerceptronModel Weights => _model;

    /// <summary>Writes the class of each word of a sentence into <paramref name="classes"/>.</summary>
    public void Tag(ReadOnlySpan<string> words, Span<int> classes)
    {
        int[]? rented = null;
        Span<int> buffer = words.Length <= 128 ? stackalloc int[words.Length * 2]
            : (rented = System.Buffers.ArrayPool<int>.Shared.Rent(words.Length * 2)).AsSpan(0, words.Length * 2);
        var amb = buffer[..words.Length];
        Lexicon.Lookup(words, amb);
        if (_firstPass is null) Decode(_model, words, amb, default, classes);
        else
        {
            var first = buffer[words.Length..];
            Decode(_firstPass, words, amb, default, first);
            Decode(_model, words, amb, first, classes);
        }
        if (rented is not null) System.Buffers.ArrayPool<int>.Shared.Return(rented);
    }

    private void Decode(PerceptronModel model, ReadOnlySpan<string> words, ReadOnlySpan<int> amb, ReadOnlySpan<int> right, Span<int> classes)
    {
        Span<ulong> feats = stackalloc ulong[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[Tags.Count];
        int p1 = -1, p2 = -1;
        for (int i = 0; i < words.Length; i++)
        {
            if (!_dictionary.TryGetValue(words[i], out int c))
            {
                int n = TaggerFeatures.Extract(words, amb, right, i, p1, p2, feats);
                c = model.Predict(feats[..n], scores);
            }
            classes[i] = c;
            p2 = p1; p1 = c;
        }
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
        using var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelFile.WriteHeader(w, Kind, Version, Meta);
        w.Write(Tags.Count);
        for (int c = 0; c < Tags.Count; c++) { w.Write(Tags.Upos(c)); w.Write(Tags.Xpos(c)); }
        w.Write(_dictionary.Count);
        foreach (var (word, c) in _dictionary.OrderBy(kv => kv.Key, StringComparer.Ordinal)) { w.Write(word); w.Write((ushort)c); }
        w.Write(Lexicon.Count);
        foreach (var (word, id) in Lexicon.Entries.OrderBy(kv => kv.Key, StringComparer.Ordinal)) { w.Write(word); w.Write(id); }
        w.Write(_firstPass is not null);
        _firstPass?.Write(w);
        _model.Write(w);
    }

    /// <summary>Loads a model saved by <see cref="Save"/>; <paramref name="name"/> is used in errors.</summary>
    public static PerceptronTagger Load(Stream stream, string name)
    {
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var (_, meta) = ModelFile.ReadHeader(r, Kind, Version, name);
        int nTags = r.ReadInt32();
        var pairs = new (string, string)[nTags];
        for (int c = 0; c < nTags; c++) pairs[c] = (r.ReadString(), r.ReadString());
        int nDict = r.ReadInt32();
        var dict = new Dictionary<string, int>(nDict, StringComparer.Ordinal);
        for (int i = 0; i < nDict; i++) { var word = r.ReadString(); dict[word] = r.ReadUInt16(); }
        int nLex = r.ReadInt32();
        var lex = new Dictionary<string, int>(nLex, StringComparer.Ordinal);
        for (int i = 0; i < nLex; i++) { var word = r.ReadString(); lex[word] = r.ReadInt32(); }
        var first = r.ReadBoolean() ? PerceptronModel.Read(r) : null;
        var model = PerceptronModel.Read(r);
        return new PerceptronTagger(new TagSet(pairs), model, first, dict, new AmbiguityLexicon(lex), meta);
    }
}
