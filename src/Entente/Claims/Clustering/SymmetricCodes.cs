namespace Entente.Claims.Clustering;

/// <summary>
/// CAMEO codes whose two actors play the same part ("India and Vietnam met", "signed an agreement"), so
/// "A with B" and "B with A" are the same event. Ontology data, not an algorithm.
/// </summary>
public static class SymmetricCodes
{
    /// <summary>True when the code's actors may be swapped: consultations and visits (04), signing (057), material cooperation (06).</summary>
    public static bool IsSymmetric(string cameo) =>
        cameo.StartsWith("04", StringComparison.Ordinal) || cameo.StartsWith("06", StringComparison.Ordinal) || cameo == "057";
}
