namespace Entente.Model;

/// <summary>What an amount measures; serialised in lower case.</summary>
public enum AmountKind
{
    /// <summary>A number of things ("300 attack drones", "12 rounds of talks").</summary>
    Count = 0,
    /// <summary>A sum of money; the unit is an ISO 4217 currency code.</summary>
    Money,
    /// <summary>A percentage.</summary>
    Percent,
    /// <summary>A length of time ("over three years"); not a claim about a quantity of things.</summary>
    Duration,
}
