namespace Entente.Analysis;

/// <summary>One named line (or bar set) of a chart, one value per x position.</summary>
/// <param name="Name">Legend text.</param>
/// <param name="Color">CSS colour, e.g. <c>#1f77b4</c>.</param>
/// <param name="Values">Values in x order.</param>
public sealed record ChartSeries(string Name, string Color, IReadOnlyList<double> Values);
