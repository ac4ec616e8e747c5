namespace Entente.Claims.Amounts;

/// <summary>How an approximation word turns a stated number into bounds: low = x·Low, high = x·High.</summary>
/// <param name="Low">Multiplier of the lower bound.</param>
/// <param name="High">Multiplier of the upper bound; <see cref="double.PositiveInfinity"/> for open ranges.</param>
public readonly record struct Approximation(double Low, double High)
{
    /// <summary>An exact figure.</summary>
    public static Approximation Exact => new(1, 1);
}
