namespace Entente.Model;

/// <summary>
/// A CAMEO event code: two to four digits whose first two digits are the root (01–20).
/// The quad class follows from the root, so it is derived rather than stored.
/// </summary>
public readonly record struct CameoCode
{
    /// <summary>The code as digits, e.g. <c>042</c> or <c>1056</c>.</summary>
    public string Value { get; }

    /// <summary>Creates a code after checking its shape.</summary>
    /// <exception cref="FormatException">The text is not 2–4 digits with a root from 01 to 20.</exception>
    public CameoCode(string value)
    {
        if (!TryValidate(value)) throw new FormatException($"'{value}' is not a CAMEO event code");
        Value = value;
    }

    /// <summary>Parses a code, returning false for anything that is not a CAMEO code.</summary>
    public static bool TryParse(string? text, out CameoCode code)
    {
        text = text?.Trim();
        if (text is not null && TryValidate(text)) { code = new CameoCode(text); return true; }
        code = default;
        return false;
    }

    private static bool TryValidate(string value)
    {
        if (value.Length is < 2 or > 4) return false;
        foreach (char c in value) if (c is < '0' or > '9') return false;
        int root = (value[0] - '0') * 10 + (value[1] - '0');
        return root is >= 1 and <= 20;
    }

    /// <summary>The two-digit root, e.g. <c>04</c>.</summary>
    public string Root => Value[..2];

    /// <summary>The root as a number, 1–20.</summary>
    public int RootNumber => (Value[0] - '0') * 10 + (Value[1] - '0');

    /// <summary>
    /// CAMEO's quad class: 1 verbal cooperation (roots 01–05), 2 material cooperation (06–08),
    /// 3 verbal conflict (09–13), 4 material conflict (14–20).
    /// </summary>
    public int QuadClass => RootNumber switch
    {
        <= 5 => 1,
        <= 8 => 2,
        <= 13 => 3,
        _ => 4,
    };

    /// <inheritdoc/>
    public override string ToString() => Value ?? "";
}
