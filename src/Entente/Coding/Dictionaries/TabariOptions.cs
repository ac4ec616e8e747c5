using System.Collections.Immutable;

namespace Entente.Coding.Dictionaries;

/// <summary>
/// Settings of a TABARI <c>.options</c> file or <c>OPTION:</c> record: <c>SET: NAME = VALUE</c> (or a bare
/// <c>SET: CODE BY CLAUSE</c>), <c>COMPLEX:</c>, <c>DEFAULT:</c>, <c>COMMA:</c>, <c>FORWARD:</c>, <c>OUTPUT:</c> and
/// <c>LABEL: code=name</c>. Immutable: <see cref="TryApply"/> returns the changed settings.
/// </summary>
public sealed record TabariOptions
{
    /// <summary><c>SET:</c> switches by upper-case name, e.g. <c>TIME SHIFT</c> → <c>FALSE</c>.</summary>
    public ImmutableDictionary<string, string> Settings { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Other commands by keyword (<c>COMPLEX</c>, <c>DEFAULT</c>, <c>COMMA</c>, ...) with their text.</summary>
    public ImmutableDictionary<string, string> Commands { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary><c>LABEL:</c> names of codes.</summary>
    public ImmutableDictionary<string, string> Labels { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Which unit is coded: <c>CLAUSE</c> (default), <c>SENTENCE</c> or <c>ALL</c>.</summary>
    public string CodeBy => Settings.GetValueOrDefault("CODE BY", "CLAUSE");

    /// <summary>Whether an agent without an actor is coded with its own code (<c>SET: CONVERT AGENT</c>).</summary>
    public bool ConvertAgent => IsTrue("CONVERT AGENT");

    /// <summary>Minimum words for a sentence to be coded (<c>SET: MINIMUM WORDS</c>), 0 for none.</summary>
    public int MinimumWords => int.TryParse(Settings.GetValueOrDefault("MINIMUM WORDS"), out var n) ? n : 0;

    /// <summary>The default source code (<c>DEFAULT: SOURCE [X]</c>), or null.</summary>
    public string? DefaultSource => DefaultCode("SOURCE");

    /// <summary>The default target code (<c>DEFAULT: ... TARGET [Y]</c>), or null.</summary>
    public string? DefaultTarget => DefaultCode("TARGET");

    /// <summary>True when the switch is set to TRUE.</summary>
    public bool IsTrue(string name) => Settings.TryGetValue(name, out var v) && v.Equals("TRUE", StringComparison.OrdinalIgnoreCase);

    private string? DefaultCode(string role)
    {
        if (!Commands.TryGetValue("DEFAULT", out var text)) return null;
        int i = text.IndexOf(role, StringComparison.OrdinalIgnoreCase);
        if (i < 0) return null;
        int open = text.IndexOf('[', i), close = open < 0 ? -1 : text.IndexOf(']', open);
        return close < 0 ? null : text[(open + 1)..close].Trim();
    }

    /// <summary>Applies one line; returns false (and the settings unchanged) for a line that is not an option.</summary>
    public bool TryApply(string line, out TabariOptions result)
    {
        result = this;
        var t = line.Trim();
        int colon = t.IndexOf(':');
        if (colon <= 0) return false;
        var keyword = t[..colon].Trim().ToUpperInvariant();
        var rest = t[(colon + 1)..].Trim();
        switch (keyword)
        {
            case "SET":
            {
                int eq = rest.IndexOf('=');
                if (eq < 0)
                {
                    // "SET: CODE BY CLAUSE" names the value in its last word
                    var upper = rest.ToUpperInvariant();
                    if (upper.Trim() == "CODE ALL") { result = this with { Settings = Settings.SetItem("CODE BY", "ALL") }; return true; }
                    if (!upper.StartsWith("CODE BY ")) return false;
                    result = this with { Settings = Settings.SetItem("CODE BY", upper[8..].Trim()) };
                    return true;
                }
                var name = Normalise(rest[..eq]);
                result = this with { Settings = Settings.SetItem(name, rest[(eq + 1)..].Trim().ToUpperInvariant()) };
                return true;
            }
            case "LABEL":
            {
                int eq = rest.IndexOf('=');
                if (eq < 0) return false;
                result = this with { Labels = Labels.SetItem(rest[..eq].Trim(), rest[(eq + 1)..].Trim()) };
                return true;
            }
            case "COMPLEX" or "DEFAULT" or "COMMA" or "FORWARD" or "OUTPUT" or "TIME" or "NONEVENTS":
                // "COMMA: OFF" is a setting of its own; for the others OFF cancels the command
                bool off = rest.Equals("OFF", StringComparison.OrdinalIgnoreCase) && keyword != "COMMA";
                result = this with { Commands = off ? Commands.Remove(keyword) : Commands.SetItem(keyword, rest) };
                return true;
            default:
                return false;
        }
    }

    private static string Normalise(string name) => string.Join(' ', name.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Reads an options file; lines that are not options are reported and skipped.</summary>
    public static TabariOptions Read(string name, string text, List<DictionaryIssue> issues)
    {
        var options = new TabariOptions();
        int lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r').Trim();
            if (line.Length == 0 || line.StartsWith("//") || line.StartsWith(';') || line.StartsWith('#')) continue;
            if (line.StartsWith("~~")) break;
            if (options.TryApply(line, out var next)) options = next;
            else issues.Add(new DictionaryIssue(name, lineNo, $"not an option: '{line}'"));
        }
        return options;
    }
}
