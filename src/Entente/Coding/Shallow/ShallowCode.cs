namespace Entente.Coding.Shallow;

/// <summary>
/// A code as TABARI writes it in brackets: an event code (<c>042</c>), a pair (<c>032:033</c>, the second from
/// target to source), the null code (<c>---</c>), a discard (<c>###</c>) or a complexity mark (<c>+++</c>), with an
/// optional priority suffix: <c>?</c> subordinate (coded only when nothing else is), <c>!</c> dominant.
/// </summary>
/// <param name="Forward">Source-to-target code, or null.</param>
/// <param name="Reverse">Target-to-source code of a pair, or null.</param>
/// <param name="Kind">Null, discard, complex or an event.</param>
/// <param name="Subordinate">Marked <c>?</c>.</param>
/// <param name="Dominant">Marked <c>!</c>.</param>
public sealed record ShallowCode(string? Forward, string? Reverse, ShallowCodeKind Kind, bool Subordinate = false, bool Dominant = false)
{
    /// <summary>The null code.</summary>
    public static ShallowCode Null { get; } = new(null, null, ShallowCodeKind.Null);

    /// <summary>Parses the text between brackets; null when it is not a code.</summary>
    public static ShallowCode? Parse(string text)
    {
        var t = text.Replace(" ", "").Trim().ToUpperInvariant();
        bool sub = t.EndsWith('?'), dom = t.EndsWith('!');
        t = t.TrimEnd('?', '!');
        if (t.Length == 0 || t.Trim('-').Length == 0) return Null;
        if (t == "###") return new(null, null, ShallowCodeKind.Discard);
        if (t == "+++") return new(null, null, ShallowCodeKind.Complex);
        int colon = t.IndexOf(':');
        var f = colon < 0 ? t : t[..colon];
        var r = colon < 0 ? null : t[(colon + 1)..];
        static string? Clean(string? s) => string.IsNullOrEmpty(s) || s.Trim('-').Length == 0 ? null : s;
        f = Clean(f); r = Clean(r);
        if (f is null && r is null) return Null;
        foreach (var s in (string?[])[f, r])
            if (s is not null && !s.All(c => char.IsAsciiLetterOrDigit(c) || c is '~' or '+' or '-')) return null;
        return new(f, r, ShallowCodeKind.Event, sub, dom);
    }

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        ShallowCodeKind.Null => "[---]",
        ShallowCodeKind.Discard => "[###]",
        ShallowCodeKind.Complex => "[+++]",
        _ => $"[{Forward}{(Reverse is null ? "" : ":" + Reverse)}{(Subordinate ? "?" : Dominant ? "!" : "")}]",
    };
}

/// <summary>What a <see cref="ShallowCode"/> does.</summary>
public enum ShallowCodeKind : byte
{
    /// <summary>No event: the phrase is explicitly not coded.</summary>
    Null,
    /// <summary>An event code.</summary>
    Event,
    /// <summary>The whole sentence is discarded.</summary>
    Discard,
    /// <summary>The sentence is too complex to code.</summary>
    Complex,
}
