namespace Entente.Text.Parsing;

/// <summary>
/// Beam search over arc-eager transitions (Zhang &amp; Clark 2008; Zhang &amp; Nivre 2011): the
/// <c>width</c> best partial parses by summed transition score survive each step; the label of an
/// arc is the label model's choice when the arc is built. Finished parses are carried unchanged
/// until every parse in the beam is finished. One decoder per thread; it reuses its states.
/// </summary>
internal sealed class BeamDecoder
{
    private readonly int _width;
    private readonly float _margin;
    private ParserState[] _items, _spare;
    private double[] _scores, _spareScores;
    private readonly BeamCandidate[] _candidates;
    private readonly ulong[] _keys = new ulong[TransitionFeatures.MaxKeys];
    private readonly LabelMemo _labels = new();

    /// <summary>
    /// Creates a decoder keeping up to <paramref name="width"/> parses, and only those within
    /// <paramref name="margin"/> of the best one.
    /// </summary>
    public BeamDecoder(int width, float margin = float.PositiveInfinity)
    {
        _width = width;
        _margin = margin;
        _items = NewStates(width);
        _spare = NewStates(width);
        _scores = new double[width];
        _spareScores = new double[width];
        _candidates = new BeamCandidate[4 * width];
    }

    /// <summary>Beam width.</summary>
    public int Width => _width;

    /// <summary>Parses <paramref name="ws"/>'s input and leaves the best parse in <paramref name="ws"/>'s state.</summary>
    public void Run(DependencyParser parser, DependencyParser.Workspace ws)
    {
        var x = ws.Input;
        _labels.NextSentence();
        _items[0].Reset(x.Count);
        _scores[0] = 0;
        int size = 1;
        Span<float> scores = stackalloc float[4];
        Span<int> heirs = stackalloc int[_width];
        while (true)
        {
            int c = 0;
            bool allDone = true;
            for (int i = 0; i < size; i++)
            {
                var s = _items[i];
                if (s.IsTerminal) { _candidates[c++] = new BeamCandidate(i, BeamCandidate.Carry, _scores[i]); continue; }
                allDone = false;
                int nk = TransitionFeatures.Extract(x, s, _keys);
                parser.TransitionWeights.Score(_keys.AsSpan(0, nk), scores);
                for (int t = 0; t < 4; t++)
                    if (s.IsLegal((Transition)t)) _candidates[c++] = new BeamCandidate(i, t, _scores[i] + scores[t]);
            }
            if (allDone) break;
            var chosen = _candidates.AsSpan(0, c);
            int kept = BeamCandidate.SelectBest(chosen, _width);
            while (kept > 1 && chosen[kept - 1].Score < chosen[0].Score - _margin) kept--;
            // A parent's first surviving child takes over the parent's state; only further children
            // copy it, and they copy before the parent's state is changed.
            var heir = heirs[..size];
            heir.Fill(-1);
            for (int j = 0; j < kept; j++)
                if (heir[chosen[j].Parent] < 0) heir[chosen[j].Parent] = j;
            for (int j = 0; j < kept; j++)
            {
                var cand = chosen[j];
                if (heir[cand.Parent] == j) continue;
                _spare[j].CopyFrom(_items[cand.Parent]);
                Extend(parser, ws, _spare[j], cand.Move);
            }
            for (int j = 0; j < kept; j++)
            {
                var cand = chosen[j];
                if (heir[cand.Parent] != j) continue;
                (_spare[j], _items[cand.Parent]) = (_items[cand.Parent], _spare[j]);
                Extend(parser, ws, _spare[j], cand.Move);
            }
            for (int j = 0; j < kept; j++) _spareScores[j] = chosen[j].Score;
            (_items, _spare) = (_spare, _items);
            (_scores, _spareScores) = (_spareScores, _scores);
            size = kept;
        }
        // Candidates are sorted best first, so slot 0 holds the best finished parse.
        ws.State.CopyFrom(_items[0]);
    }

    private void Extend(DependencyParser parser, DependencyParser.Workspace ws, ParserState s, int move)
    {
        if (move != BeamCandidate.Carry) Apply(parser, ws, s, (Transition)move);
    }

    private void Apply(DependencyParser parser, DependencyParser.Workspace ws, ParserState s, Transition move)
    {
        int label = 0;
        if (move == Transition.LeftArc) label = Label(parser, ws, s, s.Buffer, s.Stack(0));
        else if (move == Transition.RightArc) label = Label(parser, ws, s, s.Stack(0), s.Buffer);
        s.Apply(move, label);
    }

    private int Label(DependencyParser parser, DependencyParser.Workspace ws, ParserState s, int head, int dep)
    {
        ulong key = LabelMemo.KeyOf(s, head, dep);
        if (_labels.TryGet(key, out int label)) return label;
        label = parser.PredictLabel(ws, s, head, dep);
        _labels.Set(key, label);
        return label;
    }

    private static ParserState[] NewStates(int n)
    {
        var a = new ParserState[n];
        for (int i = 0; i < n; i++) a[i] = new ParserState();
        return a;
    }
}
