namespace Entente.Coding.Dictionaries;

/// <summary>Pieces shared by the dictionary readers: code brackets, comments and verb lines.</summary>
internal static class VerbLineParser
{
    /// <summary>Splits "<c>text [code] comment</c>"; <paramref name="commentChar"/> starts a comment outside the brackets.</summary>
    internal static (string Text, string? Code) SplitCode(string line, char commentChar)
    {
        int open = line.IndexOf('[');
        if (open < 0)
        {
            int hash = line.IndexOf(commentChar);
            return ((hash < 0 ? line : line[..hash]).Trim(), null);
        }
        int close = line.IndexOf(']', open + 1);
        if (close < 0) throw new FormatException("'[' without ']'");
        var before = line[..open];
        int c = before.IndexOf(commentChar);
        if (c >= 0) return (before[..c].Trim(), null); // the bracket is inside a comment
        return (before.Trim(), line[(open + 1)..close]);
    }

    internal static EventCodeSpec? ParseCode(string? code)
    {
        if (code is null) return null;
        if (!EventCodeSpec.TryParse(code, out var spec)) throw new FormatException($"'[{code}]' is not an event code");
        return spec;
    }

    /// <summary>
    /// Parses a verb as listed, e.g. <c>BRING {BRINGS BRINGING BROUGHT}</c>, <c>+ASK_FOR {+ASKED_FOR}</c>,
    /// <c>KLM_NOP_+RST</c>, TABARI's <c>APPRECIATE POSITION</c> or <c>ACT_</c>.
    /// </summary>
    internal static VerbForm ParseVerb(string text, EventCodeSpec? code)
    {
        var forms = new List<string>();
        int brace = text.IndexOf('{');
        if (brace >= 0)
        {
            int end = text.IndexOf('}', brace);
            if (end < 0) throw new FormatException("'{' without '}'");
            foreach (var f in text[(brace + 1)..end].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                forms.Add(MainWord(f));
            text = text[..brace] + text[(end + 1)..];
        }
        text = text.Trim().ToUpperInvariant().Replace('=', ' ').Trim();
        if (text.Length == 0) throw new FormatException("verb line without a verb");
        bool exact = text.EndsWith('_');
        var words = text.TrimEnd('_').Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries);
        int verb = Array.FindIndex(words, w => w.StartsWith('+'));
        if (verb < 0) verb = 0;
        var before = words[..verb].Select(w => w.TrimStart('+')).ToArray();
        var after = words[(verb + 1)..].Select(w => w.TrimStart('+')).ToArray();
        var v = words[verb].TrimStart('+');
        if (v.Length == 0 || !v.Any(char.IsLetter)) throw new FormatException($"'{text}' is not a verb");
        return new VerbForm(v, before, after, forms.Where(f => f.Length > 0).Distinct().ToArray(), code, exact);
    }

    private static string MainWord(string form)
    {
        var words = form.ToUpperInvariant().TrimEnd('_').Split('_', StringSplitOptions.RemoveEmptyEntries);
        var main = words.FirstOrDefault(w => w.StartsWith('+')) ?? words.FirstOrDefault() ?? "";
        return main.TrimStart('+');
    }

    /// <summary>Sorts patterns most specific first, keeping file order among equals.</summary>
    internal static List<VerbPattern> BySpecificity(List<VerbPattern> patterns) =>
        patterns.Select((p, i) => (p, i)).OrderByDescending(x => x.p.Specificity).ThenBy(x => x.i).Select(x => x.p).ToList();
}
