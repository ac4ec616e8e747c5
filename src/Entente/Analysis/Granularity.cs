namespace Entente.Analysis;

/// <summary>The width of the periods a time series is counted in.</summary>
public enum Granularity
{
    /// <summary>Calendar days.</summary>
    Day,
    /// <summary>ISO weeks, Monday to Sunday.</summary>
    Week,
    /// <summary>Calendar months.</summary>
    Month,
    /// <summary>Calendar years.</summary>
    Year,
}
