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
    // 6: word-class maps stored compressed (WordClusters' second format); 7: the maps as one set, words stored once;
    // 8: an optional network after the second pass; 9: everything after the header Brotli-compressed. 8 and older still load.
    private const int Version = 9;

    private readonly PerceptronModel _model;
    private readonly float[] _transitions;
    private readonly PerceptronModel? _second;
    private readonly float[]? _secondTransitions;

    /// <summary>Creates a recognizer from its parts.</summary>
    /// <param name="labels">The labels.</param>
    /// <param name="model">First-pass weights.</param>
    /// <param name="second">Document-level second-pass weights, or null for one pass.</param>
    /// <param name="names">Names learned from the training corpus.</param>
    /// <param name="lexicon">Our own name and word lists.</param>
    /// <param name="meta">Training metadata.</param>
    /// <param name="profile">How words are usually cased in the training text (null: none).</param>
    /// <param name="wordList">How words are cased in a large English word list (null: none).</param>
    /// <param name="clusters">Word classes learned from unlabelled text (null: none).</param>
    /// <param name="network">A network whose weighted log-probabilities are added to the label scores (null: none).</param>
    public EntityRecognizer(EntityLabels labels, PerceptronModel model, PerceptronModel? second, WordListGazetteer names,
        WordListGazetteer lexicon, IReadOnlyDictionary<string, string>? meta = null, CaseProfile? profile = null,
        WordListCase? wordList = null, WordClusters[]? clusters = null, EntityNetwork? network = null)
    {
        Network = network;
        Clusters = clusters ?? [];
        WordList = wordList ?? WordListCase.Empty;
        Profile = profile ?? CaseProfile.Empty;
        _second = second;
        if (second is not null) _secondTransitions = Transitions(labels, (key, row) => second.Score([key], row));
        Lexicon = lexicon;
        Labels = labels;
        _model = model;
        Names = names;
        Meta = meta ?? new Dictionary<string, string>();
        _transitions = Transitions(labels, (key, row) => model.Score([key], row));
        Truecaser = new Truecaser(WordList);
    }

    /// <summary>Gives names typed in lower case their capitals before the words are labelled.</summary>
    public Truecaser Truecaser { get; }

    /// <summary>The labels.</summary>
    public EntityLabels Labels { get; }

    /// <summary>Names learned from the training corpus, used as gazetteer when no other is given.</summary>
    public WordListGazetteer Names { get; }

    /// <summary>Our own name and word lists (<see cref="NameLexicon"/>), always consulted.</summary>
    public WordListGazetteer Lexicon { get; }

    /// <summary>How words are usually cased in the training text.</summary>
    public CaseProfile Profile { get; }

    /// <summary>Word classes learned from unlabelled text, one map per clustering.</summary>
    public WordClusters[] Clusters { get; }

    /// <summary>How words are cased in a large English word list.</summary>
    public WordListCase WordList { get; }

    /// <summary>Training metadata.</summary>
    public IReadOnlyDictionary<string, string> Meta { get; }

    /// <summary>The first-pass weights (for size reporting).</summary>
    public PerceptronModel Weights => _model;

    /// <summary>The document-level second-pass weights, or null.</summary>
    public PerceptronModel? SecondWeights => _second;

    /// <summary>The network whose log-probabilities are added to the label scores, or null.</summary>
    public EntityNetwork? Network { get; }

    /// <summary>
    /// The same recognizer with <paramref name="network"/> (null: none) in place of its own, and <paramref name="meta"/>
    /// as metadata (null: the same, less the description of the network when it is removed).
    /// </summary>
    public EntityRecognizer WithNetwork(EntityNetwork? network, IReadOnlyDictionary<string, string>? meta = null) =>
        new(Labels, _model, _second, Names, Lexicon, meta ?? (network is null ? Meta.Where(kv => kv.Key != "network").ToDictionary() : Meta),
            Profile, WordList, Clusters, network);

    /// <summary>
    /// The same recognizer with the weights of both perceptrons smaller in magnitude than <paramref name="threshold"/>
    /// dropped (see <see cref="PerceptronModel.Pruned"/>), and its meta recording the threshold.
    /// </summary>
    public EntityRecognizer Pruned(float threshold) =>
        new(Labels, _model.Pruned(threshold), _second?.Pruned(threshold), Names, Lexicon,
            new Dictionary<string, string>(Meta) { ["pruned"] = threshold.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            Profile, WordList, Clusters, Network);

    /// <summary>Writes one BILOU label id per word into <paramref name="labels"/>, reading the sentence as a document of its own.</summary>
    /// <param name="words">Word forms.</param>
    /// <param name="xpos">Penn POS tags.</param>
    /// <param name="labels">Output, one per word.</param>
    /// <param name="gazetteer">Names to consult; null uses <see cref="Names"/>.</param>
    public void Recognize(ReadOnlySpan<string> words, ReadOnlySpan<string> xpos, Span<int> labels, IEntityGazetteer? gazetteer = null)
    {
        int n = words.Length;
        if (n == 0) return;
        var prepared = Prepare(words, gazetteer);
        if (prepared.Cased is { } cased) words = cased;
        Pass(words, xpos, labels, prepared, null, default);
        if (_second is not null)
        {
            var memory = new DocumentMemory(Labels.Types.Length);
            memory.Add(words, labels);
            SecondPass(words, xpos, labels, prepared, memory);
        }
        var acronyms = new DocumentAcronyms(Labels);
        acronyms.Add(words, labels);
        acronyms.Apply(words, labels);
        Release(prepared, n);
    }

    /// <summary>
    /// Labels the sentences of one document: a first pass per sentence, then (when the model has one)
    /// a second pass that also sees what the first pass said about the same words elsewhere in the document;
    /// last, acronyms left unlabelled take the type the document gave them or the names they abbreviate
    /// (see <see cref="DocumentAcronyms"/>).
    /// </summary>
    /// <param name="words">Word forms per sentence.</param>
    /// <param name="xpos">Penn POS tags per sentence.</param>
    /// <param name="labels">Output per sentence, one label per word.</param>
    /// <param name="gazetteer">Names to consult; null uses <see cref="Names"/>.</param>
    public void RecognizeDocument(IReadOnlyList<string[]> words, IReadOnlyList<string[]> xpos, IReadOnlyList<int[]> labels,
        IEntityGazetteer? gazetteer = null)
    {
        // What does not depend on the pass (name hits, the network's scores) is kept per sentence until the second is done.
        var prepared = new Prepared[words.Count];
        for (int s = 0; s < words.Count; s++) prepared[s] = Prepare(words[s], gazetteer, scoreNetwork: false);
        ScoreNetwork(words, prepared);
        for (int s = 0; s < words.Count; s++) Pass(prepared[s].Cased ?? words[s], xpos[s], labels[s], prepared[s], null, default);
        if (_second is not null)
        {
            var memory = new DocumentMemory(Labels.Types.Length);
            for (int s = 0; s < words.Count; s++) memory.Add(prepared[s].Cased ?? words[s], labels[s]);
            for (int s = 0; s < words.Count; s++) SecondPass(prepared[s].Cased ?? words[s], xpos[s], labels[s], prepared[s], memory);
        }
        var acronyms = new DocumentAcronyms(Labels);
        for (int s = 0; s < words.Count; s++) acronyms.Add(prepared[s].Cased ?? words[s], labels[s]);
        for (int s = 0; s < words.Count; s++) acronyms.Apply(prepared[s].Cased ?? words[s], labels[s]);
        for (int s = 0; s < words.Count; s++) Release(prepared[s], words[s].Length);
    }

    /// <summary>
    /// A sentence's gazetteer hits (first n) and lexicon hits (next n), its words with capitals restored (null: as
    /// typed), the network's log-probabilities (n × L) or null, and, when there is a second pass, each word's
    /// first-pass features (rows of <see cref="EntityFeatures.Max"/>, with their counts) for it to reuse rather than
    /// extract again; all pooled arrays.
    /// </summary>
    private readonly record struct Prepared(GazetteerHit[] Hits, string[]? Cased, float[]? Network, ulong[]? Features, int[]? FeatureCounts);

    /// <summary>
    /// Runs the network over a document's sentences a batch at a time (<see cref="EntityNetwork.ScoreMany"/>: cheaper
    /// than sentence by sentence), into the arrays <see cref="Prepare"/> rented. A batch holds up to
    /// <see cref="NetworkBatchWords"/> words, so that its buffers stay small whatever the document's length.
    /// </summary>
    private void ScoreNetwork(IReadOnlyList<string[]> words, Prepared[] prepared)
    {
        if (Network is null) return;
        int l = Labels.Count;
        var batchWords = new List<string[]>();
        var lexicon = new List<ReadOnlyMemory<GazetteerHit>>();
        var outputs = new List<Memory<float>>();
        int inBatch = 0;
        for (int s = 0; s < words.Count; s++)
        {
            int n = words[s].Length;
            if (n == 0) continue;
            batchWords.Add(prepared[s].Cased ?? words[s]);
            lexicon.Add(prepared[s].Hits.AsMemory(n, n));
            outputs.Add(prepared[s].Network.AsMemory(0, n * l));
            inBatch += n;
            if (inBatch < NetworkBatchWords && s < words.Count - 1) continue;
            Network.ScoreMany(batchWords, lexicon, WordList, outputs);
            batchWords.Clear(); lexicon.Clear(); outputs.Clear();
            inBatch = 0;
        }
        if (batchWords.Count > 0) Network.ScoreMany(batchWords, lexicon, WordList, outputs);
    }

    private const int NetworkBatchWords = 512;

    /// <summary>
    /// Matches the names, restores capitals and, unless <paramref name="scoreNetwork"/> is false (the caller then
    /// fills the rented array), runs the network once per sentence: both passes read the result.
    /// </summary>
    private Prepared Prepare(ReadOnlySpan<string> words, IEntityGazetteer? gazetteer, bool scoreNetwork = true)
    {
        int n = words.Length, l = Labels.Count;
        var hits = System.Buffers.ArrayPool<GazetteerHit>.Shared.Rent(2 * n);
        (gazetteer ?? Names).Match(words, hits.AsSpan(0, n));
        Lexicon.Match(words, hits.AsSpan(n, n));
        // Names match case-insensitively, so the hits hold for the restored words too.
        var cased = Truecaser.Restore(words, hits.AsSpan(0, n), hits.AsSpan(n, n));
        if (cased is not null) words = cased;
        float[]? network = null;
        if (Network is not null && n > 0)
        {
            network = System.Buffers.ArrayPool<float>.Shared.Rent(n * l);
            if (scoreNetwork) Network.Score(words, hits.AsSpan(n, n), WordList, network.AsSpan(0, n * l));
        }
        ulong[]? features = null;
        int[]? counts = null;
        if (_second is not null)
        {
            features = System.Buffers.ArrayPool<ulong>.Shared.Rent(n * EntityFeatures.Max);
            counts = System.Buffers.ArrayPool<int>.Shared.Rent(n);
        }
        return new Prepared(hits, cased, network, features, counts);
    }

    private static void Release(Prepared p, int n)
    {
        Array.Clear(p.Hits, 0, 2 * n); // hits hold type strings: do not keep them alive in the pool
        System.Buffers.ArrayPool<GazetteerHit>.Shared.Return(p.Hits);
        if (p.Network is not null) System.Buffers.ArrayPool<float>.Shared.Return(p.Network);
        if (p.Features is not null) System.Buffers.ArrayPool<ulong>.Shared.Return(p.Features);
        if (p.FeatureCounts is not null) System.Buffers.ArrayPool<int>.Shared.Return(p.FeatureCounts);
    }

    /// <summary>The document-level pass over one sentence, reading its first-pass labels from <paramref name="labels"/> and overwriting them.</summary>
    private void SecondPass(ReadOnlySpan<string> words, ReadOnlySpan<string> xpos, Span<int> labels, in Prepared prepared, DocumentMemory memory)
    {
        int n = words.Length;
        var first = System.Buffers.ArrayPool<int>.Shared.Rent(n);
        labels[..n].CopyTo(first);
        Pass(words, xpos, labels, prepared, memory, first.AsSpan(0, n));
        System.Buffers.ArrayPool<int>.Shared.Return(first);
    }

    /// <summary>One Viterbi pass: the first when <paramref name="memory"/> is null, else the document-level second.</summary>
    private void Pass(ReadOnlySpan<string> words, ReadOnlySpan<string> xpos, Span<int> labels, in Prepared prepared,
        DocumentMemory? memory, ReadOnlySpan<int> first)
    {
        int n = words.Length, l = Labels.Count;
        if (n == 0) return;
        var model = memory is null ? _model : _second!;
        var floats = System.Buffers.ArrayPool<float>.Shared.Rent(2 * n * l);
        var back = System.Buffers.ArrayPool<int>.Shared.Rent(n * l);
        var input = new EntityInput(words, xpos, prepared.Hits.AsSpan(0, n), prepared.Hits.AsSpan(n, n), Profile, WordList, Clusters);
        Span<ulong> feats = stackalloc ulong[EntityFeatures.Max + DocumentMemory.Max];
        var emissions = floats.AsSpan(0, n * l);
        for (int i = 0; i < n; i++)
        {
            int k;
            Span<ulong> f = feats;
            if (prepared.Features is not { } kept) k = EntityFeatures.Extract(input, i, f);
            // The first pass keeps each word's features for the second, which adds the document's to a copy.
            else if (memory is null) k = prepared.FeatureCounts![i] = EntityFeatures.Extract(input, i, f = kept.AsSpan(i * EntityFeatures.Max, EntityFeatures.Max));
            else kept.AsSpan(i * EntityFeatures.Max, k = prepared.FeatureCounts![i]).CopyTo(f);
            if (memory is not null) k += memory.Extract(words, first, i, f[k..]);
            model.Score(f[..k], emissions.Slice(i * l, l));
        }
        if (prepared.Network is { } network && Network!.Weight != 0)
            System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(network.AsSpan(0, n * l), Network.Weight, emissions, emissions);
        EntityDecoder.Decode(Labels, emissions, memory is null ? _transitions : _secondTransitions!, n, labels, floats.AsSpan(n * l, n * l), back);
        System.Buffers.ArrayPool<float>.Shared.Return(floats);
        System.Buffers.ArrayPool<int>.Shared.Return(back);
    }

    /// <summary>Label-bigram scores, (L + 1) × L with the sentence start as row L, read from <paramref name="score"/>; -inf where not allowed.</summary>
    internal static float[] Transitions(EntityLabels labels, Action<ulong, Span<float>> score)
    {
        int l = labels.Count;
        var t = new float[(l + 1) * l];
        for (int p = -1; p < l; p++)
        {
            var row = t.AsSpan((p < 0 ? l : p) * l, l);
            score(EntityFeatures.Transition(p), row);
            // Invalid transitions score -inf, so the decoder's inner loop needs no test.
            for (int y = 0; y < l; y++) if (!labels.CanFollow(p, y)) row[y] = float.NegativeInfinity;
        }
        return t;
    }

    /// <summary>Saves the model with its header.</summary>
    public void Save(Stream stream)
    {
        using (var header = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            ModelFile.WriteHeader(header, Kind, Version, Meta);
        using var body = ModelFile.CompressedBody(stream);
        using var w = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write(Labels.Types.Length);
        foreach (var t in Labels.Types) w.Write(t);
        // Names and the case profile are hashed (format 5): the file holds no list of the training text's names or words.
        Names.Write(w);
        Lexicon.Write(w);
        Profile.Write(w);
        WordList.Write(w);
        WordClusters.WriteSet(w, Clusters);
        _model.Write(w);
        w.Write(_second is not null);
        _second?.Write(w);
        w.Write(Network is not null);
        Network?.Write(w);
    }

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">Not a NER model, too new, truncated or corrupt (the message names the file).</exception>
    public static EntityRecognizer Load(Stream stream, string name)
    {
        try { return Read(stream, name); }
        catch (Exception ex) when (ModelFile.IsCorruption(ex, name))
        {
            throw new InvalidDataException($"{name}: corrupt NER model ({ex.Message})", ex);
        }
    }

    private static EntityRecognizer Read(Stream stream, string name)
    {
        using var header = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var (version, meta) = ModelFile.ReadHeader(header, Kind, Version, name);
        using var r = version >= 9 ? new BinaryReader(ModelFile.ReadCompressedBody(stream, name), System.Text.Encoding.UTF8) : header;
        if (version < 2) throw new InvalidDataException($"{name}: NER format version {version} predates Viterbi decoding; retrain");
        int nt = r.ReadInt32();
        var types = new string[nt];
        for (int i = 0; i < nt; i++) types[i] = r.ReadString();
        WordListGazetteer names, lexicon;
        CaseProfile profile;
        if (version >= 5)
        {
            names = WordListGazetteer.Read(r, name);
            lexicon = WordListGazetteer.Read(r, name);
            profile = CaseProfile.Read(r);
        }
        else
        {
            // Formats 2-4 stored names and profile words as text.
            names = new WordListGazetteer(ReadNames(r));
            lexicon = new WordListGazetteer(ReadNames(r));
            var codes = new List<KeyValuePair<string, byte>>();
            int np = version >= 3 ? r.ReadInt32() : 0;
            for (int i = 0; i < np; i++) codes.Add(new(r.ReadString(), r.ReadByte()));
            profile = CaseProfile.FromWordCodes(codes);
        }
        var wordList = version >= 4 ? WordListCase.Read(r, name) : WordListCase.Empty;
        // Formats 4-6 stored a count, then each map alone. From format 7 the word classes (341,479 lines) are parsed
        // on another thread while the perceptrons and the network are read: this is the slowest model to load.
        var clusters = version >= 7 ? Task.Run(WordClusters.ReadSetLater(r))
            : Task.FromResult(version >= 4 ? Enumerable.Range(0, r.ReadInt32()).Select(_ => WordClusters.Read(r)).ToArray() : []);
        var model = PerceptronModel.Read(r);
        var second = r.ReadBoolean() ? PerceptronModel.Read(r) : null;
        var network = version >= 8 && r.ReadBoolean() ? EntityNetwork.Read(r) : null;
        // GetResult rethrows the parser's own exception (not an AggregateException), which Load reports with the file's name.
        return new EntityRecognizer(new EntityLabels(types), model, second, names, lexicon, meta, profile, wordList,
            clusters.GetAwaiter().GetResult(), network);
    }

    private static List<(string[], string)> ReadNames(BinaryReader r)
    {
        int n = r.ReadInt32();
        var names = new List<(string[], string)>(n);
        for (int i = 0; i < n; i++) { var k = r.ReadString(); names.Add((k.Split(' '), r.ReadString())); }
        return names;
    }
}
