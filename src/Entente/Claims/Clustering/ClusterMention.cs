namespace Entente.Claims.Clustering;

/// <summary>
/// What clustering needs of an event mention: its id (the total order that picks a cluster's representative),
/// its block (actors and event family) and the days its date may denote.
/// </summary>
/// <param name="Id">Event mention id.</param>
/// <param name="Block">Compatible mentions share a block: see <see cref="ClusterRule.BlockOf"/>.</param>
/// <param name="FirstDay">First day the date may denote (<see cref="DateOnly.DayNumber"/>).</param>
/// <param name="LastDay">Last day the date may denote.</param>
public readonly record struct ClusterMention(string Id, string Block, int FirstDay, int LastDay);
