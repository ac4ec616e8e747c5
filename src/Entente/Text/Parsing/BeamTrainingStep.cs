namespace Entente.Text.Parsing;

/// <summary>
/// Global training of the beam decoder on one sentence: max-violation updates (Huang, Fayong &amp;
/// Guo 2012). A parse prefix is correct while every move has zero cost under the dynamic oracle,
/// so any correct derivation counts, not one canonical sequence. At each step the best correct
/// prefix is tracked even after it falls out of the beam; at the step where the beam's best
/// (incorrect) prefix beats it by most, the correct prefix's moves are rewarded and the other's
/// penalised. Labels are learned locally on the correct prefix's arcs, as in greedy training.
/// </summary>
internal sealed class BeamTrainingStep
{
    private readonly AveragedPerceptron _transitions;
    private readonly int _width;
    private ParserState[] _items, _spare;
    private double[] _scores, _spareScores;
    private int[] _nodes, _spareNodes;
    private bool[] _correct, _spareCorrect;
    private ParserState _gold = new(), _goldSpare = new();
    private readonly ParserState _replay = new();
    private readonly BeamCandidate[] _candidates;
    private readonly ulong[] _keys = new ulong[TransitionFeatures.MaxKeys];
    private readonly LabelLearner _labeller;
    private readonly BeamHistory _history = new();
    private readonly List<(double Best, int BestNode, double Gold, int GoldNode, bool BestCorrect)> _steps = [];

    public BeamTrainingStep(AveragedPerceptron transitions, AveragedPerceptron labelModel, LabelSet labels, int width)
    {
        _transitions = transitions;
        _width = width;
        _items = States(width); _spare = States(width);
        _scores = new double[width]; _spareScores = new double[width];
        _nodes = new int[width]; _spareNodes = new int[width];
        _correct = new bool[width]; _spareCorrect = new bool[width];
        _candidates = new BeamCandidate[4 * width];
        _labeller = new LabelLearner(labelModel, labels);
    }

    /// <summary>Decodes <paramref name="ex"/> with the current weights and updates them once if the beam went wrong.</summary>
    public void Run(TrainingExample ex, ref long errors, ref long sentences)
    {
        var x = ex.Input;
        _history.Reset();
        _steps.Clear();
        _items[0].Reset(x.Count); _scores[0] = 0; _nodes[0] = 0; _correct[0] = true;
        _gold.Reset(x.Count);
        double goldScore = 0;
        int goldNode = 0, size = 1;
        Span<float> scores = stackalloc float[4];
        while (true)
        {
            int c = 0;
            bool allDone = _gold.IsTerminal;
            for (int i = 0; i < size; i++)
            {
                var s = _items[i];
                if (s.IsTerminal) { _candidates[c++] = new BeamCandidate(i, BeamCandidate.Carry, _scores[i]); continue; }
                allDone = false;
                Score(x, s, scores);
                for (int t = 0; t < 4; t++)
                    if (s.IsLegal((Transition)t)) _candidates[c++] = new BeamCandidate(i, t, _scores[i] + scores[t]);
            }
            if (allDone) break;
            // The best correct continuation, from the tracked correct prefix (which may have left the beam).
            int goldMove = BeamCandidate.Carry;
            double nextGold = goldScore;
            if (!_gold.IsTerminal)
            {
                Score(x, _gold, scores);
                for (int t = 0; t < 4; t++)
                    if (_gold.IsLegal((Transition)t) && ArcEagerOracle.Cost(_gold, (Transition)t, ex.Heads) == 0
                        && (goldMove < 0 || scores[t] > scores[goldMove])) goldMove = t;
                nextGold = goldScore + scores[goldMove];
            }
            var chosen = _candidates.AsSpan(0, c);
            int kept = BeamCandidate.SelectBest(chosen, _width);
            for (int j = 0; j < kept; j++)
            {
                var cand = chosen[j];
                var child = _spare[j];
                child.CopyFrom(_items[cand.Parent]);
                bool correct = _correct[cand.Parent];
                int node = _nodes[cand.Parent];
                if (cand.Move != BeamCandidate.Carry)
                {
                    var move = (Transition)cand.Move;
                    if (correct) correct = ArcEagerOracle.Cost(child, move, ex.Heads) == 0;
                    int label = Label(ex, child, move, train: false);
                    child.Apply(move, label);
                    node = _history.Add(node, cand.Move, label);
                }
                _spareScores[j] = cand.Score; _spareNodes[j] = node; _spareCorrect[j] = correct;
                // A correct prefix in the beam that outscores the tracked one replaces it.
                if (correct && cand.Score > nextGold) { nextGold = cand.Score; goldMove = -2 - j; }
            }
            if (goldMove <= -2)
            {
                int j = -2 - goldMove;
                _goldSpare.CopyFrom(_spare[j]);
                goldNode = _spareNodes[j];
            }
            else if (goldMove >= 0)
            {
                _goldSpare.CopyFrom(_gold);
                var move = (Transition)goldMove;
                int label = Label(ex, _goldSpare, move, train: true);
                _goldSpare.Apply(move, label);
                goldNode = _history.Add(goldNode, goldMove, label);
            }
            else _goldSpare.CopyFrom(_gold);
            (_gold, _goldSpare) = (_goldSpare, _gold);
            goldScore = nextGold;
            (_items, _spare) = (_spare, _items);
            (_scores, _spareScores) = (_spareScores, _scores);
            (_nodes, _spareNodes) = (_spareNodes, _nodes);
            (_correct, _spareCorrect) = (_spareCorrect, _correct);
            size = kept;
            _steps.Add((_scores[0], _nodes[0], goldScore, goldNode, _correct[0]));
        }
        sentences++;
        int worst = -1;
        double most = double.NegativeInfinity;
        for (int t = 0; t < _steps.Count; t++)
        {
            var st = _steps[t];
            if (!st.BestCorrect && st.Best - st.Gold >= most) { most = st.Best - st.Gold; worst = t; }
        }
        if (worst >= 0)
        {
            errors++;
            Update(x, _steps[worst].GoldNode, _steps[worst].BestNode);
        }
        _transitions.Tick();
    }

    private void Score(ParserInput x, ParserState s, Span<float> scores)
    {
        int nk = TransitionFeatures.Extract(x, s, _keys);
        _transitions.Table.Score(_keys.AsSpan(0, nk), scores);
    }

    /// <summary>Rewards the moves of the correct prefix and penalises those of the predicted one, after their common start.</summary>
    private void Update(ParserInput x, int goldNode, int predictedNode)
    {
        var gold = _history.Path(goldNode);
        var predicted = _history.Path(predictedNode);
        int common = 0;
        while (common < gold.Count && common < predicted.Count && gold[common] == predicted[common]) common++;
        Replay(x, gold, common, +1f);
        Replay(x, predicted, common, -1f);
    }

    private void Replay(ParserInput x, List<(int Move, int Label)> path, int from, float delta)
    {
        var s = _replay;
        s.Reset(x.Count);
        for (int i = 0; i < path.Count; i++)
        {
            var (move, label) = path[i];
            if (i >= from)
            {
                int nk = TransitionFeatures.Extract(x, s, _keys);
                _transitions.Add(_keys.AsSpan(0, nk), move, delta);
            }
            s.Apply((Transition)move, label);
        }
    }

    /// <summary>
    /// The label of an arc built by <paramref name="move"/>: the gold label when the arc is gold,
    /// else the label model's choice; on the tracked correct prefix the label model also learns.
    /// </summary>
    private int Label(TrainingExample ex, ParserState s, Transition move, bool train)
    {
        int head, dep;
        if (move == Transition.LeftArc) { head = s.Buffer; dep = s.Stack(0); }
        else if (move == Transition.RightArc) { head = s.Stack(0); dep = s.Buffer; }
        else return 0;
        bool goldArc = ex.Heads[dep] == head;
        if (goldArc && !train) return ex.Labels[dep];
        return _labeller.Label(ex, s, head, dep);
    }

    private static ParserState[] States(int n)
    {
        var a = new ParserState[n];
        for (int i = 0; i < n; i++) a[i] = new ParserState();
        return a;
    }
}
