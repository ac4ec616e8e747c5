using Entente.Text.Entities;

namespace Entente.Tests.Text.Entities;

public class EntityDecoderTests
{
    private static readonly EntityLabels Labels = new(["PER", "LOC"]);

    private static int[] Decode(float[][] emissions, float[]? transitions = null)
    {
        int n = emissions.Length, l = Labels.Count;
        var flat = emissions.SelectMany(e => e).ToArray();
        var output = new int[n];
        EntityDecoder.Decode(Labels, flat, transitions ?? Allowed(), n, output, new float[n * l], new int[n * l]);
        return output;
    }

    /// <summary>Zero bigram scores, -inf where not allowed (as the recognizer builds them).</summary>
    private static float[] Allowed() => EntityRecognizer.Transitions(Labels, (_, row) => row.Clear());

    private static float[] Prefer(params (string Label, float Score)[] scores)
    {
        var row = new float[Labels.Count];
        foreach (var (label, score) in scores) row[Labels.IndexOf(label)] = score;
        return row;
    }

    [Fact]
    public void BestSequenceRespectsTransitions()
    {
        // Greedy would take I-PER first (invalid at a start); Viterbi finds the best valid whole.
        var labels = Decode([Prefer(("I-PER", 5), ("B-PER", 4)), Prefer(("L-PER", 3), ("O", 1))]);
        Assert.Equal(["B-PER", "L-PER"], labels.Select(Labels.Name));
    }

    [Fact]
    public void OpenEntityCannotEndTheSentence()
    {
        var labels = Decode([Prefer(("B-LOC", 5), ("U-LOC", 4))]);
        Assert.Equal(["U-LOC"], labels.Select(Labels.Name));
    }

    [Fact]
    public void TransitionScoresAreAdded()
    {
        int l = Labels.Count;
        var transitions = Allowed();
        transitions[Labels.IndexOf("U-PER") * l + Labels.IndexOf("U-LOC")] = -10;
        var labels = Decode([Prefer(("U-PER", 2)), Prefer(("U-LOC", 3), ("O", 1))], transitions);
        Assert.Equal(["U-PER", "O"], labels.Select(Labels.Name));
    }
}
