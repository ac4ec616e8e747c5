using System.Globalization;
using Entente.Model;

namespace Entente.Actors.Dictionaries;

/// <summary>
/// Parses the bracketed code groups of the field's dictionaries (TABARI, PETRARCH2, Phoenix):
/// <c>[USAGOV]</c>, <c>[USAGOV 991201-010114]</c>, <c>[IRQ &lt;20030320]</c>, <c>[AFGGOV &gt;011222]</c>,
/// <c>[---]</c>, <c>[ELR/GAL]</c> (a compound: both actors), and the agent forms <c>[~COP]</c>, <c>[NGO~]</c>. Six-digit dates are YYMMDD with
/// years below 30 in the 2000s; eight-digit dates are YYYYMMDD. A "before" bound ends the day before.
/// </summary>
public static class FieldCodeParser
{
    /// <summary>Finds each <c>[...]</c> group in <paramref name="text"/>; false with a message when a bracket is not closed.</summary>
    public static bool TrySplitGroups(string text, List<string> groups, out string? error)
    {
        error = null;
        int i = 0;
        while ((i = text.IndexOf('[', i)) >= 0)
        {
            int j = text.IndexOf(']', i + 1);
            if (j < 0) { error = "unclosed '['"; return false; }
            groups.Add(text.Substring(i + 1, j - i - 1).Trim());
            i = j + 1;
        }
        return true;
    }

    /// <summary>Parses one actor code group into a role; false with a message when malformed.</summary>
    public static bool TryParseRole(string group, out ActorRole? role, out string? error)
    {
        role = null;
        var parts = group.Split([' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0) { error = "empty code '[]'"; return false; }
        var code = parts[0];
        if (!IsCode(code)) { error = $"'{code}' is not an actor code"; return false; }
        var when = DateRange.Always;
        if (parts.Length == 2 && !TryParseRange(parts[1], out when, out error)) return false;
        role = new ActorRole(new ActorCode(code), when);
        error = null;
        return true;
    }

    /// <summary>Parses an agent code (<c>~COP</c>, <c>NGO~</c>, <c>~GOVPRS</c>) into prefix and suffix.</summary>
    public static bool TryParseAgentCode(string group, out string prefix, out string suffix, out string? error)
    {
        prefix = suffix = "";
        var code = group.Replace(" ", "").Replace("\t", "");
        int tilde = code.IndexOf('~');
        if (tilde < 0 || code.IndexOf('~', tilde + 1) >= 0) { error = $"agent code '{group}' needs exactly one '~'"; return false; }
        prefix = code[..tilde];
        suffix = code[(tilde + 1)..];
        if ((prefix.Length > 0 && !IsCode(prefix)) || (suffix.Length > 0 && !IsCode(suffix)) || prefix.Length + suffix.Length == 0)
        {
            error = $"'{group}' is not an agent code";
            return false;
        }
        error = null;
        return true;
    }

    /// <summary>Parses <c>&gt;D</c>, <c>&lt;D</c> or <c>D-D</c> (spaces allowed).</summary>
    public static bool TryParseRange(string text, out DateRange range, out string? error)
    {
        range = DateRange.Always;
        var t = text.Replace(" ", "");
        if (t.StartsWith('>'))
        {
            if (!TryParseDate(t[1..], out var d, out error)) return false;
            range = new DateRange(d, null);
            return true;
        }
        if (t.StartsWith('<'))
        {
            if (!TryParseDate(t[1..], out var d, out error)) return false;
            range = new DateRange(null, d.AddDays(-1));
            return true;
        }
        int dash = t.IndexOf('-');
        if (dash < 0) { error = $"date '{text}' needs '>', '<' or a range 'from-to'"; return false; }
        if (!TryParseDate(t[..dash], out var from, out error) || !TryParseDate(t[(dash + 1)..], out var to, out error)) return false;
        if (to < from) { error = $"date range '{text}' ends before it starts"; return false; }
        range = new DateRange(from, to);
        return true;
    }

    /// <summary>Parses YYMMDD or YYYYMMDD.</summary>
    public static bool TryParseDate(string text, out DateOnly date, out string? error)
    {
        date = default;
        error = null;
        if (text.Length is 6 or 8 && text.All(char.IsAsciiDigit))
        {
            int year = text.Length == 8 ? int.Parse(text[..4], CultureInfo.InvariantCulture) : int.Parse(text[..2], CultureInfo.InvariantCulture);
            if (text.Length == 6) year += year < 30 ? 2000 : 1900;
            var rest = text[^4..];
            int month = int.Parse(rest[..2], CultureInfo.InvariantCulture), day = int.Parse(rest[2..], CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                date = new DateOnly(year, month, day);
                return true;
            }
        }
        error = $"'{text}' is not a date (YYMMDD or YYYYMMDD)";
        return false;
    }

    /// <summary>
    /// True for upper-case letters and digits, at least three; TABARI's special codes <c>---</c> (do not
    /// code), <c>###</c> and <c>+++</c>; or a compound of codes joined by <c>/</c> (<c>ELR/GAL</c>: both actors).
    /// </summary>
    public static bool IsCode(string code)
    {
        if (code is "---" or "###" or "+++") return true;
        if (code.Contains('/'))
        {
            foreach (var part in code.Split('/')) if (part.Contains('/') || !IsCode(part)) return false;
            return true;
        }
        if (code.Length < 3) return false;
        foreach (char c in code) if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c)) return false;
        return true;
    }
}
