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
    private readonly LabelLearner _labeller = new(labelModel, labels);

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
            if (move == Transition.LeftArc) label = _labeller.Label(ex, s, s.Buffer, s.Stack(0));
            else if (move == Transition.RightArc) label = _labeller.Label(ex, s, s.Stack(0), s.Buffer);
            s.Apply(move, label);
        }
    }
}
