namespace Entente.Store.Queries;

/// <summary>Which events to list: actor codes match by prefix (<c>RUS</c> matches <c>RUSGOV</c>).</summary>
public sealed record EventFilter
{
    /// <summary>Either actor starts with this code.</summary>
    public string? Actor { get; init; }
    /// <summary>Source starts with the first code and target with the second.</summary>
    public (string Source, string Target)? Dyad { get; init; }
    /// <summary>Events on or after this date.</summary>
    public DateOnly? Since { get; init; }
    /// <summary>Events on or before this date.</summary>
    public DateOnly? Until { get; init; }
    /// <summary>CAMEO code prefix, e.g. <c>04</c> or <c>042</c>.</summary>
    public string? CodePrefix { get; init; }
    /// <summary>At most this many rows.</summary>
    public int? Limit { get; init; }
}
