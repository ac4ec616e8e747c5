
namespace Entente.Coding.Shallow;

/// <summary>
/// One bracket of an actor entry: a code (possibly a coded compound <c>ELR/GAL</c>, the null code, a discard or a
/// complexity mark) and an optional date restriction: <c>&lt;YYMMDD</c> up to and including, <c>&gt;YYMMDD</c> from,
/// <c>YYMMDD-YYMMDD</c> between. Two-digit years 00–30 are 2000–2030, as in TABARI.
/// </summary>
/// <param name="Code">The code text.</param>
/// <param name="From">First day it applies, or null.</param>
/// <param name="To">Last day it applies, or null.</param>
public sealed record ShallowDatedCode(string Code, DateOnly? From, DateOnly? To)
{
    /// <summary>True when the code has a date restriction.</summary>
    public bool IsRestricted => From is not null || To is not null;

    /// <summary>Parses bracket content such as <c>HOBGOV 950601 - 990815</c>; throws <see cref="FormatException"/> when unreadable.</summary>
    public static ShallowDatedCode Parse(string text)
    {
        var t = text.Trim();
        int lt = t.IndexOf('<'), gt = t.IndexOf('>');
        if (lt >= 0) return new(CodeOf(t[..lt]), null, Date(t[(lt + 1)..]));
        if (gt >= 0) return new(CodeOf(t[..gt]), Date(t[(gt + 1)..]), null);
        int digits = -1;
        for (int i = 0; i < t.Length; i++)
            if (char.IsAsciiDigit(t[i]) && (i == 0 || t[i - 1] == ' ') && RangeAt(t, i)) { digits = i; break; }
        if (digits >= 0)
        {
            var range = t[digits..].Split('-', StringSplitOptions.TrimEntries);
            if (range.Length != 2) throw new FormatException($"bad date range '{t}'");
            return new(CodeOf(t[..digits]), Date(range[0]), Date(range[1]));
        }
        return new(CodeOf(t), null, null);
    }

    private static bool RangeAt(string t, int i) => t.IndexOf('-', i) > i && t[i..].Replace(" ", "").Replace("-", "").All(char.IsAsciiDigit);

    private static string CodeOf(string s)
    {
        var c = s.Replace(" ", "").Trim().ToUpperInvariant();
        if (c.Length == 0) throw new FormatException("date restriction without a code");
        return c;
    }

    // dates are read as the Actors stage reads the same field dictionaries (YYMMDD or YYYYMMDD, two-digit years pivoted)
    private static DateOnly Date(string s) =>
        Actors.Dictionaries.FieldCodeParser.TryParseDate(s.Trim(), out var date, out var error) ? date : throw new FormatException(error);

    /// <summary>
    /// The code in force on <paramref name="date"/>: the first restricted code that applies, else the unrestricted
    /// one; a lone restriction without a default gives the null code.
    /// </summary>
    public static string? Select(IReadOnlyList<ShallowDatedCode> codes, DateOnly? date)
    {
        string? fallback = null;
        foreach (var c in codes)
        {
            if (!c.IsRestricted) { fallback ??= c.Code; continue; }
            if (date is not { } d) continue;
            if ((c.From is null || d >= c.From) && (c.To is null || d <= c.To)) return c.Code;
        }
        return fallback ?? (codes.Count > 0 ? "---" : null);
    }
}
