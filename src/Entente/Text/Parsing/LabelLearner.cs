namespace Entente.Text.Parsing;

/// <summary>
/// Training of the label model, shared by greedy and beam training: the label predicted for an arc
/// in a configuration, and a perceptron update when the arc is gold and the label wrong.
/// </summary>
internal sealed class LabelLearner(AveragedPerceptron model, LabelSet labels)
{
    private readonly ulong[] _keys = new ulong[LabelFeatures.MaxKeys];
    private readonly float[] _scores = new float[labels.Count];

    /// <summary>
    /// Labels <paramref name="head"/> → <paramref name="dep"/> in <paramref name="s"/>: the gold label
    /// (after learning from it) when the arc is gold, else the model's choice.
    /// </summary>
    public int Label(TrainingExample ex, ParserState s, int head, int dep)
    {
        if (head == 0) return labels.Root;
        int nk = LabelFeatures.Extract(ex.Input, s, head, dep, _keys);
        var keys = _keys.AsSpan(0, nk);
        model.Table.Score(keys, _scores);
        int pred = labels.Best(_scores);
        if (ex.Heads[dep] != head) return pred;
        int gold = ex.Labels[dep];
        if (pred != gold) model.Update(keys, gold, pred);
        model.Tick();
        return gold;
    }
}
