namespace Entente.Analysis;

/// <summary>How central a node is and how much it bridges blocs.</summary>
/// <param name="Node">Node index.</param>
/// <param name="Code">Node code.</param>
/// <param name="Bloc">Its bloc, −1 when it has no ties.</param>
/// <param name="Strength">Sum of absolute tie weights.</param>
/// <param name="PositiveStrength">Sum of cooperative tie weights.</param>
/// <param name="NegativeStrength">Sum of the magnitudes of conflictual tie weights.</param>
/// <param name="Participation">
/// Participation coefficient of its cooperative ties across blocs, 1 − Σ_b (s_b / s)²: 0 when all its
/// cooperation stays in one bloc, near 1 when spread over many — the brokers.
/// </param>
/// <param name="Betweenness">
/// Normalised betweenness in the cooperation graph (distance 1 / weight): the share of shortest
/// cooperative paths between other pairs that pass through it.
/// </param>
public sealed record NodeCentrality(int Node, string Code, int Bloc, double Strength, double PositiveStrength, double NegativeStrength,
    double Participation, double Betweenness);
