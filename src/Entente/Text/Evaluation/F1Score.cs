namespace Entente.Text.Evaluation;

/// <summary>Counts behind a precision/recall/F1 figure.</summary>
/// <param name="Correct">Predicted items that match gold.</param>
/// <param name="Predicted">All predicted items.</param>
/// <param name="Gold">All gold items.</param>
public readonly record struct F1Score(int Correct, int Predicted, int Gold)
{
    /// <summary>Precision in percent.</summary>
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;
    /// <summary>Recall in percent.</summary>
    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;
    /// <summary>F1 in percent.</summary>
    public double F1 => Correct == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Sums two counts.</summary>
    public static F1Score operator +(F1Score a, F1Score b) => new(a.Correct + b.Correct, a.Predicted + b.Predicted, a.Gold + b.Gold);
}
