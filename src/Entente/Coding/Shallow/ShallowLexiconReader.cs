using System.Text.RegularExpressions;
using Entente.Actors.Dictionaries;
using Entente.Coding.Dictionaries;

namespace Entente.Coding.Shallow;

/// <summary>
/// Reads TABARI's dictionary files into a <see cref="ShallowLexicon"/>: <c>.actors</c> (with <c>&lt;NOUN&gt;</c> and
/// <c>&lt;ADJECTIVE&gt;</c> lists, <c>+</c> synonyms, indented and dated codes), <c>.agents</c> and <c>.verbs</c> (with
/// <c>&lt;SYNSETS&gt;</c>, <c>&lt;TIME&gt;</c>, irregular forms and patterns). A bad line is reported with its file and
/// line and skipped; the rest is read.
/// </summary>
public static partial class ShallowLexiconReader
{
    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex Bracket();

    /// <summary>Reads the files of a TABARI project into one lexicon.</summary>
    public static ShallowLexicon Read(string actorsPath, string agentsPath, string verbsPath)
    {
        var lexicon = new ShallowLexicon();
        ReadActors(lexicon, Path.GetFileName(actorsPath), File.ReadAllText(actorsPath, System.Text.Encoding.Latin1));
        ReadAgents(lexicon, Path.GetFileName(agentsPath), File.ReadAllText(agentsPath, System.Text.Encoding.Latin1));
        ReadVerbs(lexicon, Path.GetFileName(verbsPath), File.ReadAllText(verbsPath, System.Text.Encoding.Latin1));
        return lexicon;
    }

    // Strips a ';' comment; whole-line comments start with '#' or '/'.
    private static string? Content(string raw, out bool indented)
    {
        indented = raw.Length > 0 && raw[0] is ' ' or '\t';
        var line = raw.TrimEnd('\r');
        var t = line.TrimStart();
        if (t.StartsWith('#') || t.StartsWith("//")) return null;
        int semi = line.IndexOf(';');
        if (semi >= 0) line = line[..semi];
        return line.Trim();
    }

    /// <summary>Reads an actors file.</summary>
    public static void ReadActors(ShallowLexicon lexicon, string name, string text)
    {
        string? section = null;
        var group = new List<string>();
        var codes = new List<ShallowDatedCode>();
        int groupLine = 0;
        void Flush()
        {
            if (group.Count > 0)
            {
                if (codes.Count == 0) lexicon.Issues.Add(new DictionaryIssue(name, groupLine, $"actor '{group[0]}' without a code"));
                else foreach (var p in group) lexicon.Add(new ShallowEntry(ShallowPhraseWord.Parse(p), ShallowWordKind.Actor, codes.ToArray()));
            }
            group.Clear();
            codes.Clear();
        }
        var lines = text.Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            int lineNo = n + 1;
            var line = Content(lines[n], out bool indented);
            if (line is null) continue;
            if (line.StartsWith("~~")) break;
            if (line.Length == 0) { Flush(); continue; }
            if (line[0] == '<')
            {
                Flush();
                var tag = line.Trim('<', '>', ' ').ToUpperInvariant();
                section = tag.StartsWith('/') ? null : tag;
                continue;
            }
            try
            {
                if (section is "NOUN" or "NOUNS" or "ADJECTIVE" or "ADJECTIVES")
                {
                    var kind = section.StartsWith("NOUN") ? ShallowWordKind.Noun : ShallowWordKind.Adjective;
                    lexicon.Add(new ShallowEntry(ShallowPhraseWord.Parse(Bracket().Replace(line, "")), kind));
                    continue;
                }
                if (section is not null) continue;
                var brackets = Bracket().Matches(line).Select(m => ShallowDatedCode.Parse(m.Groups[1].Value)).ToList();
                var phrase = Bracket().Replace(line, "").Trim();
                if (line.Contains('[') && !line.Contains(']')) throw new FormatException("'[' without ']'");
                if (phrase.Length == 0 || indented && phrase.Length == 0)
                {
                    if (group.Count == 0) throw new FormatException("code line without an actor");
                    codes.AddRange(brackets);
                    continue;
                }
                if (phrase.StartsWith('+'))
                {
                    if (group.Count == 0) throw new FormatException("synonym without an actor");
                    group.Add(phrase[1..]);
                    codes.AddRange(brackets);
                    continue;
                }
                Flush();
                group.Add(phrase);
                groupLine = lineNo;
                codes.AddRange(brackets);
                if (brackets.Count > 0 && !NextContinues(lines, n)) Flush();
            }
            catch (FormatException ex) { lexicon.Issues.Add(new DictionaryIssue(name, lineNo, ex.Message)); }
        }
        Flush();
    }

    // A coded actor line still takes synonyms and further codes on the lines that follow it.
    private static bool NextContinues(string[] lines, int n)
    {
        for (int k = n + 1; k < lines.Length; k++)
        {
            var l = Content(lines[k], out bool indented);
            if (l is null) continue;
            return l.Length > 0 && (l[0] == '+' || (indented && l[0] == '['));
        }
        return false;
    }

    /// <summary>Reads an agents file: <c>PHRASE [~CODE]</c> or <c>PHRASE [CODE~]</c>, with optional <c>{PLURAL ...}</c>.</summary>
    public static void ReadAgents(ShallowLexicon lexicon, string name, string text)
    {
        var lines = text.Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            var line = Content(lines[n], out _);
            if (line is null || line.Length == 0) continue;
            if (line.StartsWith("~~")) break;
            try
            {
                // the code is checked as the Actors stage checks agent codes: one '~' between prefix and suffix
                var groups = new List<string>(1);
                if (!FieldCodeParser.TrySplitGroups(line, groups, out var error)) throw new FormatException(error);
                if (groups.Count == 0) throw new FormatException("agent without [code]");
                if (!FieldCodeParser.TryParseAgentCode(groups[0].ToUpperInvariant(), out var prefix, out var suffix, out error)) throw new FormatException(error);
                var code = prefix + "~" + suffix;
                var rest = line[..line.IndexOf('[')];
                var phrases = new List<string>();
                int brace = rest.IndexOf('{');
                if (brace >= 0)
                {
                    int end = rest.IndexOf('}', brace);
                    if (end < 0) throw new FormatException("'{' without '}'");
                    phrases.AddRange(rest[(brace + 1)..end].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    rest = rest[..brace];
                }
                phrases.Insert(0, rest.Trim());
                foreach (var p in phrases)
                    if (p.Length > 0) lexicon.Add(new ShallowEntry(ShallowPhraseWord.Parse(p), ShallowWordKind.Agent, AgentCode: code));
            }
            catch (FormatException ex) { lexicon.Issues.Add(new DictionaryIssue(name, n + 1, ex.Message)); }
        }
    }
}
