using Entente.Model;

namespace Entente.Text.Parsing;

/// <summary>
/// A greedy, labelled arc-eager dependency parser scored by averaged perceptrons: one over the
/// four transitions (Zhang &amp; Nivre 2011 features), one over labels, queried when an arc is
/// built. Non-projective arcs come back through <see cref="PseudoProjective"/> decoding.
/// Immutable once built; <see cref="Parse(ReadOnlySpan{string}, ReadOnlySpan{string}, ReadOnlySpan{string}, Span{int}, Span{string})"/>
/// is safe to call from several threads.
/// </summary>
public sealed partial class DependencyParser
{
    private readonly QuantizedTable _transitions;
    private readonly WeightTable _labelWeights;
    private readonly ThreadLocal<Workspace> _workspace;

    /// <summary>The labels this parser predicts.</summary>
    public LabelSet Labels { get; }

    /// <summary>Training metadata stored with the model (data, epochs, scores...).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>Builds the parsing form of trained tables: the transition weights become 16-bit integers.</summary>
    internal DependencyParser(WeightTable transitions, WeightTable labelWeights, LabelSet labels, IReadOnlyDictionary<string, string> metadata)
        : this(QuantizedTable.From(transitions), labelWeights, labels, metadata) { }

    private DependencyParser(QuantizedTable transitions, WeightTable labelWeights, LabelSet labels, IReadOnlyDictionary<string, string> metadata)
    {
        if (transitions.Classes != 4) throw new ArgumentException("transition table must have 4 classes");
        if (labelWeights.Classes != labels.Count) throw new ArgumentException("label table does not match the label set");
        _transitions = transitions;
        _labelWeights = labelWeights;
        Labels = labels;
        Metadata = metadata;
        BeamWidth = metadata.TryGetValue("beam", out var b) && int.TryParse(b, out int w) && w > 1 ? w : 1;
        BeamMargin = metadata.TryGetValue("beam-margin", out var m) && float.TryParse(m, System.Globalization.CultureInfo.InvariantCulture, out float margin) && margin > 0
            ? margin : float.PositiveInfinity;
        _workspace = new ThreadLocal<Workspace>(() => new Workspace(labels.Count, BeamWidth, BeamMargin));
    }

    /// <summary>
    /// Parses kept at each step: 1 is greedy; a model trained with a beam (globally) is decoded
    /// with the beam it was trained with.
    /// </summary>
    public int BeamWidth { get; }

    /// <summary>
    /// Parses scoring more than this below the best at a step leave the beam, so where the model is
    /// sure the beam narrows (infinite: always <see cref="BeamWidth"/> parses).
    /// </summary>
    public float BeamMargin { get; }

    /// <summary>The same model decoded with another beam width and margin (for measuring the trade-off).</summary>
    public DependencyParser WithBeam(int width, float? margin = null)
    {
        var meta = new Dictionary<string, string>(Metadata) { ["beam"] = width.ToString() };
        if (margin is float m) meta["beam-margin"] = m.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new(_transitions, _labelWeights, Labels, meta);
    }

    internal QuantizedTable TransitionWeights => _transitions;
    internal WeightTable LabelWeights => _labelWeights;

    /// <summary>
    /// Parses one sentence. <paramref name="heads"/> receives 0-based head indices (-1 for the
    /// root word), <paramref name="relations"/> the UD relations. All spans have the sentence length.
    /// </summary>
    public void Parse(ReadOnlySpan<string> forms, ReadOnlySpan<string> upos, ReadOnlySpan<string> xpos, Span<int> heads, Span<string> relations)
    {
        int n = forms.Length;
        if (upos.Length != n || xpos.Length != n || heads.Length != n || relations.Length != n)
            throw new ArgumentException("all spans must have the sentence length");
        var ws = _workspace.Value!;
        ws.Input.Reset(n);
        for (int i = 0; i < n; i++) ws.Input.Set(i, forms[i], upos[i], xpos[i]);
        Run(ws);
        Emit(ws.State, heads, relations);
    }

    /// <summary>Parses the tokens of a sentence in place, setting <see cref="Token.Head"/> and <see cref="Token.Relation"/>.</summary>
    public void Parse(Token[] tokens)
    {
        int n = tokens.Length;
        if (n == 0) return;
        var ws = _workspace.Value!;
        ws.Input.Reset(n);
        for (int i = 0; i < n; i++) ws.Input.Set(i, tokens[i].Text, tokens[i].Upos, tokens[i].Xpos);
        Run(ws);
        var s = ws.State;
        if (HasLifted(s))
        {
            var heads = new int[n];
            var rels = new string[n];
            Emit(s, heads, rels);
            for (int i = 0; i < n; i++) { tokens[i].Head = heads[i]; tokens[i].Relation = rels[i]; }
            return;
        }
        for (int i = 0; i < n; i++)
        {
            tokens[i].Head = s.Head[i + 1] - 1;
            tokens[i].Relation = Labels[s.Label[i + 1]];
        }
    }

    internal void Run(Workspace ws)
    {
        if (ws.Beam is { } beam)
        {
            beam.Run(this, ws);
            AttachLeftovers(ws);
            return;
        }
        var x = ws.Input;
        var s = ws.State;
        s.Reset(x.Count);
        Span<ulong> keys = ws.Keys;
        Span<float> scores = stackalloc float[4];
        while (!s.IsTerminal)
        {
            int nk = TransitionFeatures.Extract(x, s, keys);
            _transitions.Score(keys[..nk], scores);
            var best = Transition.Shift;
            float bestScore = float.NegativeInfinity;
            for (int t = 0; t < 4; t++)
                if (scores[t] > bestScore && s.IsLegal((Transition)t)) { bestScore = scores[t]; best = (Transition)t; }
            int label = 0;
            if (best == Transition.LeftArc) label = PredictLabel(ws, s.Buffer, s.Stack(0));
            else if (best == Transition.RightArc) label = PredictLabel(ws, s.Stack(0), s.Buffer);
            s.Apply(best, label);
        }
        AttachLeftovers(ws);
    }

    /// <summary>Best label for <paramref name="head"/> → <paramref name="dep"/>; root arcs are always <c>root</c>.</summary>
    internal int PredictLabel(Workspace ws, int head, int dep) => PredictLabel(ws, ws.State, head, dep);

    /// <summary>Best label for <paramref name="head"/> → <paramref name="dep"/> in configuration <paramref name="state"/>.</summary>
    internal int PredictLabel(Workspace ws, ParserState state, int head, int dep)
    {
        if (head == 0) return Labels.Root;
        int nk = LabelFeatures.Extract(ws.Input, state, head, dep, ws.LabelKeys);
        var scores = ws.LabelScores.AsSpan();
        _labelWeights.Score(ws.LabelKeys.AsSpan(0, nk), scores);
        return Labels.Best(scores);
    }

    /// <summary>
    /// Words still without a head when the buffer runs out: the first becomes the root if there is
    /// none yet, the rest attach to the root word with their best label.
    /// </summary>
    private void AttachLeftovers(Workspace ws)
    {
        var s = ws.State;
        int n = s.Count;
        for (int d = 1; d <= n; d++)
        {
            if (s.Head[d] >= 0) continue;
            if (s.RightValency[0] == 0) { s.AddArc(0, d, Labels.Root); continue; }
            int top = s.Right1[0];
            s.AddArc(top, d, PredictLabel(ws, top, d));
        }
    }

    private bool HasLifted(ParserState s)
    {
        for (int i = 1; i <= s.Count; i++) if (Labels.IsLifted(s.Label[i])) return true;
        return false;
    }

    private void Emit(ParserState s, Span<int> heads, Span<string> relations)
    {
        int n = s.Count;
        if (!HasLifted(s))
        {
            for (int i = 0; i < n; i++) { heads[i] = s.Head[i + 1] - 1; relations[i] = Labels[s.Label[i + 1]]; }
            return;
        }
        var h = new int[n + 1];
        var l = new string[n + 1];
        l[0] = "";
        for (int i = 1; i <= n; i++) { h[i] = s.Head[i]; l[i] = Labels[s.Label[i]]; }
        PseudoProjective.Deprojectivize(h, l);
        for (int i = 0; i < n; i++) { heads[i] = h[i + 1] - 1; relations[i] = l[i + 1]; }
    }

    /// <summary>Per-thread buffers, so parsing allocates nothing per sentence.</summary>
    internal sealed class Workspace(int labelCount, int beamWidth = 1, float beamMargin = float.PositiveInfinity)
    {
        public readonly BeamDecoder? Beam = beamWidth > 1 ? new BeamDecoder(beamWidth, beamMargin) : null;
        public readonly ParserInput Input = new();
        public readonly ParserState State = new();
        public readonly ulong[] Keys = new ulong[TransitionFeatures.MaxKeys];
        public readonly ulong[] LabelKeys = new ulong[LabelFeatures.MaxKeys];
        public readonly float[] LabelScores = new float[labelCount];
    }
}
