namespace Entente.Actors;

/// <summary>A closed range of days; either end may be open. <see cref="Always"/> has neither.</summary>
public readonly record struct DateRange(DateOnly? From, DateOnly? To)
{
    /// <summary>The range with no bounds.</summary>
    public static DateRange Always => default;

    /// <summary>True when neither end is set.</summary>
    public bool IsAlways => From is null && To is null;

    /// <summary>True when <paramref name="date"/> falls inside the range.</summary>
    public bool Contains(DateOnly date) => (From is not { } f || date >= f) && (To is not { } t || date <= t);

    /// <inheritdoc/>
    public override string ToString() => IsAlways ? "always" : $"{From?.ToString("yyyy-MM-dd") ?? ""}..{To?.ToString("yyyy-MM-dd") ?? ""}";
}
