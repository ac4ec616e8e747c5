using Entente.Text.Corpora;

namespace Entente.Text.Parsing;

/// <summary>
/// Trains a <see cref="DependencyParser"/>: greedy arc-eager with the dynamic oracle and
/// exploration (Goldberg &amp; Nivre 2012), averaged perceptrons, pseudo-projective lifting, shuffled
/// epochs under a fixed seed, and the epoch with the best dev LAS kept.
/// </summary>
public sealed class ParserTrainer
{
    private readonly ParserTrainingOptions _options;
    private readonly TextWriter? _log;

    /// <summary>Creates a trainer; progress lines go to <paramref name="log"/> when given.</summary>
    public ParserTrainer(ParserTrainingOptions options, TextWriter? log = null)
    {
        _options = options;
        _log = log;
    }

    /// <summary>
    /// Trains on <paramref name="train"/> with tags from <paramref name="trainTags"/> (use predicted,
    /// jackknifed tags), selecting epochs on <paramref name="dev"/> tagged by <paramref name="devTags"/>.
    /// </summary>
    public DependencyParser Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev, ITagProvider trainTags, ITagProvider devTags)
    {
        var examples = TrainingExample.Build(train, trainTags, _options.MinLiftedLabelCount, out var labels, out int lifts);
        _log?.WriteLine($"train: {examples.Length} sentences, {examples.Sum(e => e.Input.Count)} words, {labels.Count} labels, {lifts} lifted arcs; tags: {trainTags.Name}");
        var transitions = new AveragedPerceptron(_options.TransitionBits, 4);
        var labelModel = new AveragedPerceptron(_options.LabelBits, labels.Count);
        var rng = new Random(_options.Seed);
        DependencyParser? best = null;
        double bestLas = double.NegativeInfinity;
        int sinceBest = 0;
        var order = Enumerable.Range(0, examples.Length).ToArray();
        for (int epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            bool explore = epoch >= _options.ExploreFromEpoch;
            long errors = 0, decisions = 0;
            if (_options.Beam > 1)
            {
                var beamStep = new BeamTrainingStep(transitions, labelModel, labels, _options.Beam);
                foreach (int i in order) beamStep.Run(examples[i], ref errors, ref decisions);
            }
            else
            {
                var step = new TrainingStep(transitions, labelModel, labels, rng, explore ? _options.ExplorationProbability : 0);
                foreach (int i in order) step.Run(examples[i], ref errors, ref decisions);
            }
            var parser = Snapshot(transitions, labelModel, labels, trainTags, epoch);
            var (score, time) = ParserEvaluator.Evaluate(parser, dev, devTags);
            _log?.WriteLine($"epoch {epoch}: train {(_options.Beam > 1 ? "sentences updated" : "transition error")} {100.0 * errors / decisions:F2}%; dev UAS {score.Uas:F2} LAS {score.Las:F2} ({score.Words / time.TotalSeconds:F0} tokens/s)");
            if (score.Las > bestLas) { bestLas = score.Las; best = parser; sinceBest = 0; }
            else if (++sinceBest >= _options.Patience) break;
        }
        return best!;
    }

    private DependencyParser Snapshot(AveragedPerceptron t, AveragedPerceptron l, LabelSet labels, ITagProvider trainTags, int epoch)
    {
        var meta = new Dictionary<string, string>
        {
            ["epochs"] = epoch.ToString(),
            ["seed"] = _options.Seed.ToString(),
            ["train-tags"] = trainTags.Name,
            ["trained"] = DateTime.UtcNow.ToString("yyyy-MM-dd"),
            ["beam"] = _options.Beam.ToString(),
        };
        if (float.IsFinite(_options.BeamMargin))
            meta["beam-margin"] = _options.BeamMargin.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // The parser keeps its own 16-bit copy of the transition weights; free the float table now.
        using var transitions = t.Averaged();
        return new DependencyParser(transitions, l.Averaged(), labels, meta);
    }
}
