using Entente.Text.Learning;
using Entente.Text.Models;

namespace Entente.Text.Entities;

/// <summary>
/// Named-entity recognizer (PER, ORG, LOC): a greedy left-to-right averaged-perceptron sequence
/// tagger over BILOU labels, with only valid label transitions allowed. Uses words, shapes,
/// affixes, POS tags and gazetteer hits. Immutable; safe to share across threads.
/// </summary>
public sealed class EntityRecognizer
{
    /// <summary>Model kind in the file header.</summary>
    public const string Kind = "ner";
    private const int Version = 1;

    private readonly PerceptronModel _model;

    /// <summary>Creates a recognizer from its parts.</summary>
    public EntityRecognizer(EntityLabels labels, PerceptronModel model, WordListGazetteer names,
        IReadOnlyDictionary<string, string>? meta = null)
    {
        Labels = labels;
        _model = model;
        Names = names;
        Meta = meta ?? new Dictionary<string, string>();
    }

    /// <summary>The labels.</summary>
    public EntityLabels Labels { get; }

    /// <summary>Names learned from the training corpus, used as gazetteer when no other is given.</summary>
    public WordListGazetteer Names { get; }

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
        var hitsArray = System.Buffers.ArrayPool<GazetteerHit>.Shared.Rent(words.Length);
        var hits = hitsArray.AsSpan(0, words.Length);
        (gazetteer ?? Names).Match(words, hits);
        var input = new EntityInput(words, xpos, hits);
        Span<ulong> feats = stackalloc ulong[EntityFeatures.Max];
        Span<float> scores = stackalloc float[Labels.Count];
        int p1 = -1, p2 = -1;
        for (int i = 0; i < words.Length; i++)
        {
            int n = EntityFeatures.Extract(input, i, p1, p2, feats);
            _model.Score(feats[..n], scores);
            labels[i] = Best(scores, p1, i == words.Length - 1);
            p2 = p1; p1 = labels[i];
        }
        Array.Clear(hitsArray, 0, words.Length);
        System.Buffers.ArrayPool<GazetteerHit>.Shared.Return(hitsArray);
    }

    /// <summary>The best label that may follow <paramref name="prev"/> (and end the sentence when <paramref name="last"/>).</summary>
    internal int Best(ReadOnlySpan<float> scores, int prev, bool last)
    {
        int best = -1;
        for (int c = 0; c < Labels.Count; c++)
        {
            if (!Labels.CanFollow(prev, c) || (last && !Labels.CanEnd(c))) continue;
            if (best < 0 || scores[c] > scores[best]) best = c;
        }
        return best < 0 ? 0 : best;
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
        _model.Write(w);
    }

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    public static EntityRecognizer Load(Stream stream, string name)
    {
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var (_, meta) = ModelFile.ReadHeader(r, Kind, Version, name);
        int nt = r.ReadInt32();
        var types = new string[nt];
        for (int i = 0; i < nt; i++) types[i] = r.ReadString();
        int nn = r.ReadInt32();
        var names = new List<(string[], string)>(nn);
        for (int i = 0; i < nn; i++) { var k = r.ReadString(); names.Add((k.Split(' '), r.ReadString())); }
        var model = PerceptronModel.Read(r);
        return new EntityRecognizer(new EntityLabels(types), model, new WordListGazetteer(names), meta);
    }
}
