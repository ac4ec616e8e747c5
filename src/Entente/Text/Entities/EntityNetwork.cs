using System.Buffers;
using System.Numerics.Tensors;
using Entente.Text.Learning;

namespace Entente.Text.Entities;

/// <summary>
/// A bidirectional LSTM over the words of a sentence that gives each word a log-probability per BILOU label.
/// The recognizer adds these, weighted, to its perceptron's label scores before Viterbi: the perceptron sees
/// sparse features of a five-word window, the network dense word vectors and the whole sentence, and they err on
/// different words. Each word's input is its fixed word vector (see <see cref="WordEmbeddings"/>), learned
/// embeddings of its last three letters and its shape, flags for its case, the sentence's case, how a large word
/// list cases it and which lexicon names it starts or continues. Immutable; safe to share across threads.
/// </summary>
public sealed class EntityNetwork
{
    /// <summary>Rows of the hashed suffix embedding.</summary>
    internal const int SuffixRows = 4096;
    /// <summary>Width of the suffix embedding.</summary>
    internal const int SuffixWidth = 16;
    /// <summary>Rows of the hashed shape embedding.</summary>
    internal const int ShapeRows = 1024;
    /// <summary>Width of the shape embedding.</summary>
    internal const int ShapeWidth = 8;
    private const int Flags = 1 + 6 + 1 + 4 + 3;

    internal readonly WordEmbeddings Vectors;
    internal readonly string[] LexiconTypes;
    internal readonly float[] Parameters;
    internal readonly Lstm Forward, Backward;
    internal readonly int Labels;

    internal EntityNetwork(WordEmbeddings vectors, string[] lexiconTypes, int hidden, int labels, float[]? parameters, float weight)
        : this(vectors, lexiconTypes, hidden, labels, parameters, weight, null) { }

    private EntityNetwork(WordEmbeddings vectors, string[] lexiconTypes, int hidden, int labels, float[]? parameters, float weight,
        BiLstmInference? inference)
    {
        Vectors = vectors;
        LexiconTypes = lexiconTypes;
        Labels = labels;
        Input = vectors.Dimensions + SuffixWidth + ShapeWidth + Flags + 2 * lexiconTypes.Length;
        Forward = new Lstm(Input, hidden);
        Backward = new Lstm(Input, hidden);
        Parameters = parameters ?? new float[ParameterCount];
        if (Parameters.Length != ParameterCount)
            throw new InvalidDataException($"entity network: {Parameters.Length} parameters where its shape needs {ParameterCount}");
        Weight = weight;
        var span = Parameters.AsSpan();
        _inference = inference ?? new BiLstmInference(Forward, span.Slice(ForwardOffset, Forward.Parameters), span.Slice(BackwardOffset, Backward.Parameters));
    }

    // The LSTM weights transposed for scoring; built from the parameters as they were when this network was made,
    // so a trainer that goes on changing them scores through a fresh network (see EntityNetworkTrainer).
    private readonly BiLstmInference _inference;

    /// <summary>Width of a word's input.</summary>
    internal int Input { get; }

    /// <summary>Hidden width of each direction.</summary>
    public int Hidden => Forward.Hidden;

    /// <summary>How much the recognizer weighs the network's log-probabilities against its perceptron's scores.</summary>
    public float Weight { get; }

    /// <summary>A copy with another <see cref="Weight"/>.</summary>
    public EntityNetwork WithWeight(float weight) => new(Vectors, LexiconTypes, Hidden, Labels, Parameters, weight, _inference);

    internal int SuffixOffset => 0;
    internal int ShapeOffset => SuffixRows * SuffixWidth;
    internal int ForwardOffset => ShapeOffset + ShapeRows * ShapeWidth;
    internal int BackwardOffset => ForwardOffset + Forward.Parameters;
    internal int OutputOffset => BackwardOffset + Backward.Parameters;
    internal int ParameterCount => OutputOffset + Labels * (2 * Hidden + 1);

    /// <summary>
    /// Writes each word's input row into <paramref name="x"/> (n × <see cref="Input"/>) and, unless
    /// <paramref name="rows"/> is empty (scoring needs no gradient), the parameter offsets of its suffix and shape
    /// embeddings into it (n × 2).
    /// </summary>
    internal void BuildInput(ReadOnlySpan<string> words, ReadOnlySpan<GazetteerHit> lexicon,
        WordListCase wordList, Span<float> x, Span<int> rows)
    {
        int n = words.Length, d = Vectors.Dimensions;
        char casing = EntityFeatures.Casing(words);
        Span<char> buffer = stackalloc char[24];
        var p = Parameters.AsSpan();
        for (int t = 0; t < n; t++)
        {
            var row = x.Slice(t * Input, Input);
            row.Clear();
            var w = words[t].AsSpan();
            bool known = Vectors.Lookup(w, row);
            int suffix = SuffixOffset + (int)(FeatureHash.OfLower(7, w.Length > 3 ? w[^3..] : w) % SuffixRows) * SuffixWidth;
            int shape = ShapeOffset + (int)(FeatureHash.Of(8, buffer[..WordShape.Write(w, buffer)]) % ShapeRows) * ShapeWidth;
            if (!rows.IsEmpty) { rows[2 * t] = suffix; rows[2 * t + 1] = shape; }
            p.Slice(suffix, SuffixWidth).CopyTo(row[d..]);
            p.Slice(shape, ShapeWidth).CopyTo(row[(d + SuffixWidth)..]);
            var flags = row[(d + SuffixWidth + ShapeWidth)..];
            if (!known) flags[0] = 1;
            flags[1 + WordCase(w)] = 1;
            if (HasDigit(w)) flags[6] = 1;
            if (t == 0) flags[7] = 1;
            flags[8 + casing switch { 'l' => 0, 'u' => 1, 't' => 2, _ => 3 }] = 1;
            byte listed = w.Length <= WordListCase.MaxLength ? wordList.Of(w) : (byte)0;
            if ((listed & WordListCase.Lower) != 0) flags[12] = 1;
            if ((listed & WordListCase.Capitalised) != 0) flags[13] = 1;
            if ((listed & WordListCase.Capitals) != 0) flags[14] = 1;
            var hit = lexicon[t];
            if (hit.Type is { } type)
            {
                int k = Array.IndexOf(LexiconTypes, type);
                if (k >= 0) flags[Flags + 2 * k + (hit.Begins ? 0 : 1)] = 1;
            }
        }
    }

    /// <summary>Turns an input row built by <see cref="BuildInput"/> into that of a word without a vector.</summary>
    internal void Withhold(Span<float> row)
    {
        row[..Vectors.Dimensions].Clear();
        row[Vectors.Dimensions + SuffixWidth + ShapeWidth] = 1;
    }

    /// <summary>0 no letters, 1 lower case, 2 capitalised, 3 all capitals, 4 mixed.</summary>
    private static int WordCase(ReadOnlySpan<char> w)
    {
        int letters = 0, upper = 0;
        foreach (char c in w)
            if (char.IsLetter(c)) { letters++; if (char.IsUpper(c)) upper++; }
        if (letters == 0) return 0;
        if (upper == 0) return 1;
        if (upper == letters && letters > 1) return 3;
        return upper == 1 && char.IsUpper(w[0]) ? 2 : 4;
    }

    private static bool HasDigit(ReadOnlySpan<char> w)
    {
        foreach (char c in w) if (char.IsAsciiDigit(c)) return true;
        return false;
    }

    /// <summary>Writes each word's log-probability per label into <paramref name="logProbs"/> (n × labels).</summary>
    /// <param name="words">Word forms.</param>
    /// <param name="lexicon">Hits of the recognizer's fixed lexicon.</param>
    /// <param name="wordList">How a large word list cases words.</param>
    /// <param name="logProbs">Output, row-major.</param>
    public void Score(ReadOnlySpan<string> words, ReadOnlySpan<GazetteerHit> lexicon, WordListCase wordList, Span<float> logProbs)
    {
        int n = words.Length, hd = Hidden;
        if (n == 0) return;
        var floats = ArrayPool<float>.Shared;
        var x = floats.Rent(n * Input);
        var h = floats.Rent(2 * n * hd);
        var scratch = floats.Rent(_inference.ScratchSize(n));
        BuildInput(words, lexicon, wordList, x, default);
        _inference.Run(x, n, h.AsSpan(0, n * hd), h.AsSpan(n * hd, n * hd), scratch);
        LogProbs(h.AsSpan(0, n * hd), h.AsSpan(n * hd, n * hd), logProbs);
        floats.Return(x);
        floats.Return(h);
        floats.Return(scratch);
    }

    /// <summary>
    /// <see cref="Score"/> for several sentences at once (a document's), which is cheaper than one by one: the LSTM
    /// steps up to four sentences together (<see cref="BiLstmInference.RunMany"/>). Each sentence gets exactly what
    /// <see cref="Score"/> gives it alone.
    /// </summary>
    /// <param name="words">Word forms per sentence.</param>
    /// <param name="lexicon">Hits of the recognizer's fixed lexicon per sentence, one per word.</param>
    /// <param name="wordList">How a large word list cases words.</param>
    /// <param name="logProbs">Output per sentence, words × labels, row-major.</param>
    public void ScoreMany(IReadOnlyList<string[]> words, IReadOnlyList<ReadOnlyMemory<GazetteerHit>> lexicon, WordListCase wordList,
        IReadOnlyList<Memory<float>> logProbs)
    {
        int count = words.Count, n = 0, hd = Hidden;
        if (lexicon.Count != count || logProbs.Count != count) throw new ArgumentException("one lexicon and one output per sentence");
        var lengths = new int[count];
        for (int s = 0; s < count; s++) n += lengths[s] = words[s].Length;
        if (n == 0) return;
        var floats = ArrayPool<float>.Shared;
        var x = floats.Rent(n * Input);
        var h = floats.Rent(2 * n * hd);
        var scratch = floats.Rent(_inference.ScratchSize(n));
        for (int s = 0, row = 0; s < count; row += lengths[s], s++)
            BuildInput(words[s], lexicon[s].Span, wordList, x.AsSpan(row * Input, lengths[s] * Input), default);
        _inference.RunMany(x.AsSpan(0, n * Input), lengths, h.AsSpan(0, n * hd), h.AsSpan(n * hd, n * hd), scratch);
        for (int s = 0, row = 0; s < count; row += lengths[s], s++)
            LogProbs(h.AsSpan(row * hd, lengths[s] * hd), h.AsSpan((n + row) * hd, lengths[s] * hd), logProbs[s].Span);
        floats.Return(x);
        floats.Return(h);
        floats.Return(scratch);
    }

    /// <summary>Each word's log-probability per label from one sentence's forward and backward hidden states (words × Hidden each).</summary>
    private void LogProbs(ReadOnlySpan<float> forward, ReadOnlySpan<float> backward, Span<float> logProbs)
    {
        int hd = Hidden;
        Span<float> cat = stackalloc float[2 * hd];
        for (int t = 0; t < forward.Length / hd; t++)
        {
            forward.Slice(t * hd, hd).CopyTo(cat);
            backward.Slice(t * hd, hd).CopyTo(cat[hd..]);
            var target = logProbs.Slice(t * Labels, Labels);
            Output(cat, target);
            LogSoftmax(target);
        }
    }

    /// <summary>Label scores of one word from its two hidden states.</summary>
    internal void Output(ReadOnlySpan<float> cat, Span<float> scores)
    {
        int width = 2 * Hidden;
        var w = Parameters.AsSpan(OutputOffset, Labels * width);
        var b = Parameters.AsSpan(OutputOffset + Labels * width, Labels);
        for (int y = 0; y < Labels; y++) scores[y] = TensorPrimitives.Dot(w.Slice(y * width, width), cat) + b[y];
    }

    /// <summary>Turns scores into log-probabilities in place.</summary>
    internal static void LogSoftmax(Span<float> s)
    {
        float max = TensorPrimitives.Max(s), sum = 0;
        foreach (float v in s) sum += MathF.Exp(v - max);
        float log = max + MathF.Log(sum);
        for (int i = 0; i < s.Length; i++) s[i] -= log;
    }

    /// <summary>Writes the network.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(Hidden);
        w.Write(Labels);
        w.Write(Weight);
        w.Write(LexiconTypes.Length);
        foreach (var t in LexiconTypes) w.Write(t);
        Vectors.Write(w);
        w.Write(Parameters.Length);
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Parameters.AsSpan()));
    }

    /// <summary>Reads a network written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">Truncated or inconsistent.</exception>
    public static EntityNetwork Read(BinaryReader r)
    {
        int hidden = r.ReadInt32(), labels = r.ReadInt32();
        float weight = r.ReadSingle();
        if (hidden is <= 0 or > 1024 || labels is <= 0 or > 256) throw new InvalidDataException($"entity network: bad shape {hidden}/{labels}");
        int nt = r.ReadInt32();
        if (nt is < 0 or > 1024) throw new InvalidDataException($"entity network: {nt} lexicon types");
        var types = new string[nt];
        for (int i = 0; i < nt; i++) types[i] = r.ReadString();
        var vectors = WordEmbeddings.Read(r);
        int count = r.ReadInt32();
        if (count is < 0 or > 1 << 26) throw new InvalidDataException($"entity network: {count} parameters");
        var bytes = r.ReadBytes(4 * count);
        if (bytes.Length != 4 * count) throw new EndOfStreamException("entity network truncated");
        var p = new float[count];
        Buffer.BlockCopy(bytes, 0, p, 0, bytes.Length);
        return new EntityNetwork(vectors, types, hidden, labels, p, weight);
    }
}
