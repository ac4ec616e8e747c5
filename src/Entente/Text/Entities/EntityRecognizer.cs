using Entente.Text.Learning;
using Entente.Text.Models;

namespace Entente.Text.Entities;

/// <summary>
/// Named-entity recognizer (PER, ORG, LOC): a structured averaged perceptron over BILOU labels,
/// decoded by Viterbi with label-bigram scores and only valid label transitions allowed. Uses words, shapes,
/// affixes, POS tags and gazetteer hits. Immutable; safe to share across threads.
/// </summary>
public sealed class EntityRecognizer
{
    /// <summary>Model kind in the file header.</summary>
    public const string Kind = "ner";
    private const int Version = 2;

    private readonly PerceptronModel _model;
    private readonly float[] _transitions;

    /// <summary>Creates a recognizer from its parts.</summary>
    public EntityRecognizer(EntityLabels labels, PerceptronModel model, WordListGazetteer names, WordListGazetteer lexicon,
        IReadOnlyDictionary<string, string>? meta = null)
    {
        Lexicon = lexicon;
        Labels = labels;
        _model = model;
        Names = names;
        Meta = meta ?? new Dictionary<string, string>();
        _transitions = Transitions(labels, (key, row) => model.Score([key], row));
    }

    /// <summary>The labels.</summary>
    public EntityLabels Labels { get; }

    /// <summary>Names learned from the training corpus, used as gazetteer when no other is given.</summary>
    public WordListGazetteer Names { get; }

    /// <summary>Our own name and word lists (<see cref="NameLexicon"/>), always consulted.</summary>
    public WordListGazetteer Lexicon { get; }

    /// <summary>Training metadata.</summary>
    public IReadOnlyDictionary<string, string> Meta { get; }

    /// <summary>The weights (for size reporting).</summary>
    public PerceptronModel Weights => _model;

    /// <summary>Writes one BILOU label id per word into <paramref name="labels"/>.</summary>
    /// <param name="words">Word forms.</param>
    /// <param name="xpos">Penn POS tags.</param>
    /// <param name="labels">Output, one per word.</param>
    /// <param name="gazetteer">Names to consult; null uses <see cref="Names"/>.</param>
    public void Recognize(ReadOnlySpan<string> words, ReadOnlySpan<string> xpos, Span<int> labels, IEntityGazetteer? gazetteer = null)
    {
        int n = words.Length, l = Labels.Count;
        if (n == 0) return;
        var pool = System.Buffers.ArrayPool<GazetteerHit>.Shared;
        var hitsArray = pool.Rent(2 * n);
        var floats = System.Buffers.ArrayPool<float>.Shared.Rent(2 * n * l);
        var back = System.Buffers.ArrayPool<int>.Shared.Rent(n * l);
        var hits = hitsArray.AsSpan(0, n);
        var lexicon = hitsArray.AsSpan(n, n);
        (gazetteer ?? Names).Match(words, hits);
        Lexicon.Match(words, lexicon);
        var input = new EntityInput(words, xpos, hits, lexicon);
        Span<ulong> feats = stackalloc ulong[EntityFeatures.Max];
        var emissions = floats.AsSpan(0, n * l);
        for (int i = 0; i < n; i++)
        {
            int k = EntityFeatures.Extract(input, i, feats);
            _model.Score(feats[..k], emissions.Slice(i * l, l));
        }
        EntityDecoder.Decode(Labels, emissions, _transitions, n, labels, floats.AsSpan(n * l, n * l), back);
        Array.Clear(hitsArray, 0, 2 * n);
        pool.Return(hitsArray);
        System.Buffers.ArrayPool<float>.Shared.Return(floats);
        System.Buffers.ArrayPool<int>.Shared.Return(back);
    }

    /// <summary>Label-bigram scores, (L + 1) × L with the sentence start as row L, read from <paramref name="score"/>.</summary>
    internal static float[] Transitions(EntityLabels labels, Action<ulong, Span<float>> score)
    {
        int l = labels.Count;
        var t = new float[(l + 1) * l];
        for (int p = -1; p < l; p++) score(EntityFeatures.Transition(p), t.AsSpan((p < 0 ? l : p) * l, l));
        return t;
    }

    /// <summary>Saves the model with its header.</summary>
    public void Save(Stream stream)
    {
        using var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelFile.WriteHeader(w, Kind, Version, Meta);
        w.Write(Labels.Types.Length);
        foreach (var t in Labels.Types) w.Write(t);
        var names = Names.Entries.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        w.Write(names.Count);
        foreach (var (k, v) in names) { w.Write(k); w.Write(v); }
        var lexicon = Lexicon.Entries.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        w.Write(lexicon.Count);
        foreach (var (k, v) in lexicon) { w.Write(k); w.Write(v); }
        _model.Write(w);
    }

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    public static EntityRecognizer Load(Stream stream, string name)
    {
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var (version, meta) = ModelFile.ReadHeader(r, Kind, Version, name);
        if (version < Version) throw new InvalidDataException($"{name}: NER format version {version} predates Viterbi decoding; retrain");
        int nt = r.ReadInt32();
        var types = new string[nt];
        for (int i = 0; i < nt; i++) types[i] = r.ReadString();
        int nn = r.ReadInt32();
        var names = new List<(string[], string)>(nn);
        for (int i = 0; i < nn; i++) { var k = r.ReadString(); names.Add((k.Split(' '), r.ReadString())); }
        int nl = r.ReadInt32();
        var lexicon = new List<(string[], string)>(nl);
        for (int i = 0; i < nl; i++) { var k = r.ReadString(); lexicon.Add((k.Split(' '), r.ReadString())); }
        var model = PerceptronModel.Read(r);
        return new EntityRecognizer(new EntityLabels(types), model, new WordListGazetteer(names), new WordListGazetteer(lexicon), meta);
    }
}
