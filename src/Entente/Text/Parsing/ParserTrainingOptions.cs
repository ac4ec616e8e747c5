namespace Entente.Text.Parsing;

/// <summary>Settings of <see cref="ParserTrainer"/>. The defaults are the ones the shipped model uses.</summary>
public sealed record ParserTrainingOptions
{
    /// <summary>Maximum passes over the training data; the best epoch on dev is kept.</summary>
    public int Epochs { get; init; } = 15;
    /// <summary>Seed of the shuffling and exploration random generator.</summary>
    public int Seed { get; init; } = 1;
    /// <summary>log2 of the rows of the transition weight table.</summary>
    public int TransitionBits { get; init; } = 22;
    /// <summary>log2 of the rows of the label weight table.</summary>
    public int LabelBits { get; init; } = 18;
    /// <summary>First epoch (1-based) in which non-optimal predicted transitions are followed.</summary>
    public int ExploreFromEpoch { get; init; } = 2;
    /// <summary>Probability of following a wrong prediction during exploration (Goldberg &amp; Nivre use 0.9).</summary>
    public double ExplorationProbability { get; init; } = 0.9;
    /// <summary>Lifted labels seen fewer times than this in training lose their head-label encoding.</summary>
    public int MinLiftedLabelCount { get; init; } = 5;
    /// <summary>Weights below this magnitude are dropped when saving.</summary>
    public float Prune { get; init; } = 1e-3f;
    /// <summary>Beam width: 1 trains the greedy parser (dynamic oracle); more trains the beam globally (max-violation).</summary>
    public int Beam { get; init; } = 1;
    /// <summary>
    /// Decoding only: parses scoring more than this below the best at a step leave the beam (stored
    /// in the model; infinite keeps the full width). Training always uses the full beam.
    /// </summary>
    public float BeamMargin { get; init; } = float.PositiveInfinity;
    /// <summary>Stop after this many epochs without a better dev score.</summary>
    public int Patience { get; init; } = 4;
}
