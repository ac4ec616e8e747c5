namespace Entente.Coding.Dictionaries;

/// <summary>
/// The code part of a dictionary line: <c>[042]</c>, the paired <c>[042:043]</c> (the second code for the
/// reverse direction, target to source), <c>[:173]</c>, the null code <c>[---]</c> or a discard <c>[###]</c>.
/// Codes are kept as written: peer validation dictionaries use older WEIS codes, not only CAMEO.
/// </summary>
/// <param name="Forward">Code from source to target, or null.</param>
/// <param name="Reverse">Code from target to source, or null.</param>
/// <param name="IsDiscard">The match discards the whole sentence.</param>
public sealed record EventCodeSpec(string? Forward, string? Reverse, bool IsDiscard = false)
{
    /// <summary>The null code: matching it states explicitly that there is no event.</summary>
    public static EventCodeSpec None { get; } = new(null, null);

    /// <summary>True when the spec yields no event.</summary>
    public bool IsNone => Forward is null && Reverse is null && !IsDiscard;

    /// <summary>Parses the text between the brackets; returns false when it is not a code.</summary>
    public static bool TryParse(string text, out EventCodeSpec spec)
    {
        spec = None;
        text = text.Trim();
        if (text.Length == 0) return false;
        // "+++" marks a verb that carries no event of its own (TABARI); it codes like the null code
        if (text is "---" or "----" or "+++") return true;
        if (text == "###") { spec = new EventCodeSpec(null, null, IsDiscard: true); return true; }
        var colon = text.IndexOf(':');
        string fwd = colon < 0 ? text : text[..colon];
        string? rev = colon < 0 ? null : text[(colon + 1)..];
        var f = Clean(fwd);
        var r = rev is null ? null : Clean(rev);
        if (f is null && r is null) return fwd.Trim() is "" or "---" && rev is not null && (rev.Trim() is "" or "---");
        if ((f is not null && !IsCode(f)) || (r is not null && !IsCode(r))) return false;
        spec = new EventCodeSpec(f, r);
        return true;
    }

    // A trailing '!' or '?' is a coder's mark (attributive, uncertain); the code itself is what precedes it.
    private static string? Clean(string s)
    {
        s = s.Trim().TrimEnd('!', '?');
        return s is "" or "---" ? null : s;
    }

    private static bool IsCode(string s)
    {
        if (s.Length is < 2 or > 6) return false;
        foreach (char c in s) if (!char.IsAsciiLetterOrDigit(c) && c != '+') return false;
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => IsDiscard ? "[###]" : IsNone ? "[---]" : $"[{Forward}{(Reverse is null ? "" : ":" + Reverse)}]";
}
