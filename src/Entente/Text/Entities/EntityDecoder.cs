namespace Entente.Text.Entities;

/// <summary>
/// First-order Viterbi over BILOU labels: per-word label scores plus label-bigram scores, with
/// invalid transitions (e.g. O → I-PER, scored -inf by the caller) and invalid sentence ends excluded. Training and
/// recognition use the same decoder so that the structured perceptron learns what it is run with.
/// </summary>
internal static class EntityDecoder
{
    /// <summary>
    /// Writes the best valid label sequence into <paramref name="output"/>.
    /// </summary>
    /// <param name="labels">The label set (for allowed transitions).</param>
    /// <param name="emissions">n × L word scores, row-major.</param>
    /// <param name="transitions">(L + 1) × L bigram scores, -inf where a transition is not allowed; row L is the sentence start.</param>
    /// <param name="n">Number of words.</param>
    /// <param name="output">Best label per word.</param>
    /// <param name="delta">Scratch, n × L floats.</param>
    /// <param name="back">Scratch, n × L ints.</param>
    public static void Decode(EntityLabels labels, ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int n,
        Span<int> output, Span<float> delta, Span<int> back)
    {
        int l = labels.Count;
        if (n == 0) return;
        for (int y = 0; y < l; y++)
        {
            delta[y] = emissions[y] + transitions[l * l + y];
            back[y] = -1;
        }
        for (int i = 1; i < n; i++)
        {
            int row = i * l, prevRow = row - l;
            for (int y = 0; y < l; y++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < l; p++)
                {
                    float s = delta[prevRow + p] + transitions[p * l + y];
                    if (s > best) { best = s; arg = p; }
                }
                delta[row + y] = best + emissions[row + y];
                back[row + y] = arg;
            }
        }
        int last = (n - 1) * l, end = 0;
        float top = float.NegativeInfinity;
        for (int y = 0; y < l; y++)
            if (labels.CanEnd(y) && delta[last + y] > top) { top = delta[last + y]; end = y; }
        for (int i = n - 1; i >= 0; i--)
        {
            output[i] = end;
            end = back[i * l + end];
        }
    }
}
