namespace Entente.Model;

/// <summary>How precisely a date is known; serialised in lower case (<c>day</c>, <c>week</c>, <c>month</c>, <c>year</c>, <c>unknown</c>).</summary>
public enum DatePrecision
{
    /// <summary>No date could be established.</summary>
    Unknown = 0,
    /// <summary>Only the year is known.</summary>
    Year = 1,
    /// <summary>Year and month are known.</summary>
    Month = 2,
    /// <summary>The exact day is known.</summary>
    Day = 3,
    /// <summary>Known to the week ("this week"): the date is its Monday, between month and day in precision.</summary>
    Week = 4,
}
