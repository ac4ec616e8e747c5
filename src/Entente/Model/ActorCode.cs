namespace Entente.Model;

/// <summary>
/// A CAMEO actor code such as <c>RUSGOV</c> or <c>USAMILREB</c>: a three-letter country or
/// organisation code followed by zero or more three-letter role codes.
/// </summary>
public readonly record struct ActorCode
{
    /// <summary>The full code, upper case.</summary>
    public string Value { get; }

    /// <summary>Creates a code; letters are upper-cased, surrounding whitespace removed.</summary>
    public ActorCode(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value.Trim().ToUpperInvariant();
    }

    /// <summary>The leading three-letter country or organisation part (<c>RUS</c> of <c>RUSGOV</c>).</summary>
    public string Country => Value.Length >= 3 ? Value[..3] : Value;

    /// <summary>The role codes after the country part, in order (<c>GOV</c>, <c>MIL</c>, ...).</summary>
    public IEnumerable<string> Roles
    {
        get
        {
            for (int i = 3; i + 3 <= Value.Length; i += 3) yield return Value.Substring(i, 3);
        }
    }

    /// <summary>True when this code is <paramref name="prefix"/> or starts with it.</summary>
    public bool StartsWith(string prefix) => Value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override string ToString() => Value ?? "";
}
