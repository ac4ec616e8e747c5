namespace Entente.Analysis;

/// <summary>The blocs of one time window and how much they kept from the window before.</summary>
/// <param name="Since">First day of the window.</param>
/// <param name="Until">Last day of the window.</param>
/// <param name="Partition">The blocs.</param>
/// <param name="Stability">
/// Share of pairs of nodes present in both windows whose together-or-apart status is unchanged
/// (the Rand index); 1 for the first window.
/// </param>
public sealed record BlocWindow(DateOnly Since, DateOnly Until, BlocPartition Partition, double Stability);
