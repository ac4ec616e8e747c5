namespace Entente.Text.Parsing;

/// <summary>
/// One online pass over a training sentence: at each configuration the transition model's best
/// legal move is compared with the best zero-cost move under the dynamic oracle (update on
/// mismatch), and with probability <c>explore</c> the model's wrong move is followed anyway.
/// Labels are learned on every arc whose head is correct.
/// </summary>
internal sealed class TrainingStep(AveragedPerceptron transitions, AveragedPerceptron labelModel, LabelSet labels, Random rng, double explore)
{
    private readonly ParserState _state = new();
    private readonly ulong[] _keys = new ulong[TransitionFeatures.MaxKeys];
    private readonly ulong[] _labelKeys = new ulong[LabelFeatures.MaxKeys];
    private readonly float[] _labelScores = new float[labels.Count];

    public void Run(TrainingExample ex, ref long errors, ref long decisions)
    {
        var x = ex.Input;
        var s = _state;
        s.Reset(x.Count);
        Span<float> scores = stackalloc float[4];
        Span<int> costs = stackalloc int[4];
        while (!s.IsTerminal)
        {
            int nk = TransitionFeatures.Extract(x, s, _keys);
            var keys = _keys.AsSpan(0, nk);
            transitions.Table.Score(keys, scores);
            int pred = -1, gold = -1, minCost = int.MaxValue;
            for (int t = 0; t < 4; t++)
            {
                if (!s.IsLegal((Transition)t)) { costs[t] = int.MaxValue; continue; }
                costs[t] = ArcEagerOracle.Cost(s, (Transition)t, ex.Heads);
                if (pred < 0 || scores[t] > scores[pred]) pred = t;
                minCost = Math.Min(minCost, costs[t]);
            }
            for (int t = 0; t < 4; t++)
                if (costs[t] == minCost && (gold < 0 || scores[t] > scores[gold])) gold = t;
            decisions++;
            int next = gold;
            if (costs[pred] != minCost)
            {
                errors++;
                transitions.Update(keys, gold, pred);
                if (explore > 0 && rng.NextDouble() < explore) next = pred;
            }
            else next = pred;
            transitions.Tick();
            var move = (Transition)next;
            int label = 0;
            if (move == Transition.LeftArc) label = Label(ex, x, s.Buffer, s.Stack(0));
            else if (move == Transition.RightArc) label = Label(ex, x, s.Stack(0), s.Buffer);
            s.Apply(move, label);
        }
    }

    private int Label(TrainingExample ex, ParserInput x, int head, int dep)
    {
        if (head == 0) return labels.Root;
        int nk = LabelFeatures.Extract(x, _state, head, dep, _labelKeys);
        var keys = _labelKeys.AsSpan(0, nk);
        labelModel.Table.Score(keys, _labelScores);
        _labelScores[labels.Root] = float.NegativeInfinity;
        int pred = 0;
        for (int i = 1; i < _labelScores.Length; i++) if (_labelScores[i] > _labelScores[pred]) pred = i;
        if (ex.Heads[dep] != head) return pred;
        int gold = ex.Labels[dep];
        if (pred != gold) labelModel.Update(keys, gold, pred);
        labelModel.Tick();
        return gold;
    }
}
