using Entente.Model;

namespace Entente.Claims.Contradictions;

/// <summary>Decides when two claims about the same quantity contradict each other.</summary>
public static class AmountConflict
{
    /// <summary>How many days apart the events (or reports) of two claims may be and still concern one quantity.</summary>
    public const int WindowDays = 31;

    /// <summary>True when the bounds do not overlap ("120" against "about 80", i.e. 72–88).</summary>
    public static bool Disagree(double lowA, double highA, double lowB, double highB) => highA < lowB || highB < lowA;

    /// <summary>True when two amounts of different documents make contradicting claims about the same quantity.</summary>
    public static bool Contradicts(Amount a, string docA, int dayA, Amount b, string docB, int dayB) =>
        docA != docB && ClaimKey.For(a) is { } key && key == ClaimKey.For(b) && Math.Abs(dayA - dayB) <= WindowDays
        && Disagree(a.Low, a.High, b.Low, b.High);

    /// <summary>The claim as a short text: "120", "about 80 (72–88)", "more than 300 (300–∞)".</summary>
    public static string Describe(double value, double low, double high, string? approximation, string? unit)
    {
        var v = Amounts.AmountParser.Format(value);
        var u = unit is null or "percent" ? (unit is null ? "" : "%") : " " + unit;
        var range = low == high ? "" : $" ({Amounts.AmountParser.Format(low)}–{Amounts.AmountParser.Format(high)})";
        return $"{(approximation is null ? "" : approximation + " ")}{v}{u}{range}";
    }
}
