using System.Globalization;
using System.Text.RegularExpressions;
using Entente.Coding.Dictionaries;

namespace Entente.Coding.Validation;

public sealed partial class ValidationActors
{
    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex CodeBracket();

    /// <summary>Adds an actor file: <c>NAME [CODE]</c>, <c>+SYNONYM</c> lines, codes on indented lines, dated codes.</summary>
    public void ReadActors(string name, string text)
    {
        PhraseEntry? current = null;
        List<PhraseEntry> group = [];
        int lineNo = 0;
        bool xml = false;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (xml) { if (line.Contains("-->")) xml = false; continue; }
            if (line.TrimStart().StartsWith("<!--")) { xml = !line.Contains("-->"); continue; }
            if (line.TrimStart().StartsWith('#') || line.TrimStart().StartsWith(';')) continue; // a comment line does not end an entry
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            int semi = line.IndexOf(';');
            if (semi >= 0) line = line[..semi];
            if (line.Trim().Length == 0) { current = null; continue; }
            if (line.Trim().StartsWith("~~")) break;
            try
            {
                var codes = ParseCodes(line);
                var phrase = CodeBracket().Replace(line, "").Trim();
                if (phrase.Length == 0)
                {
                    if (current is null) throw new FormatException("code line without an actor");
                    foreach (var e in group) e.Codes.AddRange(codes);
                    continue;
                }
                if (phrase.StartsWith('+'))
                {
                    if (current is null) throw new FormatException("synonym without an actor");
                    var syn = Entry(phrase[1..], current.Codes, isAgent: false);
                    group.Add(syn);
                    Add(_actors, syn);
                    continue;
                }
                current = Entry(phrase, codes, isAgent: false);
                group = [current];
                Add(_actors, current);
            }
            catch (FormatException ex) { Issues.Add(new DictionaryIssue(name, lineNo, ex.Message)); }
        }
    }

    /// <summary>Adds an agent file: <c>NAME {PLURALS} [~ROLE]</c>, with <c>!MACRO! = A, B</c> substitutions.</summary>
    public void ReadAgents(string name, string text)
    {
        var macros = new Dictionary<string, string[]>(StringComparer.Ordinal);
        int lineNo = 0;
        bool xml = false;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (xml) { if (line.Contains("-->")) xml = false; continue; }
            if (line.TrimStart().StartsWith("<!--")) { xml = !line.Contains("-->"); continue; }
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            int semi = line.IndexOf(';');
            if (semi >= 0) line = line[..semi];
            line = line.Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith("~~")) break;
            try
            {
                if (line.StartsWith('!') && line.Contains('='))
                {
                    int eq = line.IndexOf('=');
                    macros[line[..eq].Trim()] = line[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                    continue;
                }
                var m = CodeBracket().Match(line);
                if (!m.Success) throw new FormatException("agent without [code]");
                var code = m.Groups[1].Value.Replace(" ", "").ToUpperInvariant();
                var rest = line[..m.Index];
                var plurals = new List<string>();
                int brace = rest.IndexOf('{');
                if (brace >= 0)
                {
                    int end = rest.IndexOf('}', brace);
                    if (end < 0) throw new FormatException("'{' without '}'");
                    plurals.AddRange(rest[(brace + 1)..end].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    rest = rest[..brace];
                }
                foreach (var phrase in Expand(rest.Trim(), macros).Concat(plurals.SelectMany(p => Expand(p, macros))))
                {
                    var e = Entry(phrase, [new DatedCode(code, null, null)], isAgent: true);
                    Add(_agents, e);
                    if (plurals.Count == 0 && !e.Words[^1].EndsWith('S'))
                        Add(_agents, e with { Words = [.. e.Words[..^1], EnglishInflection.Plural(e.Words[^1])] });
                }
            }
            catch (FormatException ex) { Issues.Add(new DictionaryIssue(name, lineNo, ex.Message)); }
        }
    }

    /// <summary>Adds a discard file: one phrase a line; a sentence containing one is not coded.</summary>
    public void ReadDiscards(string name, string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            line = line.Trim().TrimStart('+').Trim();
            if (line.Length == 0 || line.StartsWith("<!--")) continue;
            _discards.Add(line.ToUpperInvariant().Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries));
        }
    }

    private static IEnumerable<string> Expand(string phrase, Dictionary<string, string[]> macros)
    {
        int a = phrase.IndexOf('!');
        int b = a < 0 ? -1 : phrase.IndexOf('!', a + 1);
        if (b < 0) { yield return phrase; yield break; }
        var key = phrase[a..(b + 1)];
        if (!macros.TryGetValue(key, out var values)) throw new FormatException($"unknown substitution {key}");
        foreach (var v in values)
            foreach (var e in Expand(phrase[..a] + v + phrase[(b + 1)..], macros)) yield return e;
    }

    private static PhraseEntry Entry(string phrase, List<DatedCode> codes, bool isAgent)
    {
        var parts = phrase.ToUpperInvariant().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(p => SplitUnderscores(p)).ToList();
        if (parts.Count == 0) throw new FormatException("empty phrase");
        return new PhraseEntry(parts.Select(p => p.Word).ToArray(), parts.Select(p => p.Exact).ToArray(), codes, isAgent);
    }

    private static IEnumerable<(string Word, bool Exact)> SplitUnderscores(string token)
    {
        var pieces = token.Split('_');
        for (int i = 0; i < pieces.Length; i++)
        {
            if (pieces[i].Length == 0) continue;
            bool exact = i < pieces.Length - 1; // "ARNOR_" and the inner words of "EUROPEAN_UNION" are whole words
            yield return (pieces[i], exact);
        }
    }

    private static void Add(Dictionary<string, List<PhraseEntry>> index, PhraseEntry e)
    {
        if (!index.TryGetValue(e.Words[0], out var list)) index[e.Words[0]] = list = [];
        list.Add(e);
    }

    private static List<DatedCode> ParseCodes(string line)
    {
        var codes = new List<DatedCode>();
        foreach (Match m in CodeBracket().Matches(line))
        {
            var body = m.Groups[1].Value.Trim();
            if (body.Length == 0) continue;
            var parts = body.Split(' ', 2, StringSplitOptions.TrimEntries);
            var code = parts[0].ToUpperInvariant();
            if (code.Length < 3 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '#'))
                throw new FormatException($"'[{body}]' is not an actor code");
            DateOnly? from = null, to = null;
            if (parts.Length > 1)
            {
                var d = parts[1].Replace(" ", "");
                if (d.StartsWith('<')) to = ParseDate(d[1..]).AddDays(-1);
                else if (d.StartsWith('>')) from = ParseDate(d[1..]).AddDays(1);
                else if (d.Contains('-')) { var r = d.Split('-'); from = ParseDate(r[0]); to = ParseDate(r[1]); }
                else throw new FormatException($"'[{body}]' has an unreadable date");
            }
            codes.Add(new DatedCode(code, from, to));
        }
        return codes;
    }

    private static DateOnly ParseDate(string s)
    {
        if (s.Length == 6 && int.TryParse(s, out _))
        {
            int yy = int.Parse(s[..2], CultureInfo.InvariantCulture);
            s = (yy < 30 ? "20" : "19") + s;
        }
        if (DateOnly.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new FormatException($"'{s}' is not a date");
    }
}
