using Entente.Coding.Dictionaries;

namespace Entente.Coding.Shallow;

public static partial class ShallowLexiconReader
{
    /// <summary>
    /// Reads a verbs file: <c>&lt;SYNSETS&gt;</c> (<c>&amp;NAME</c> then <c>+member</c> lines), <c>&lt;TIME&gt;</c> phrases,
    /// then roots (<c>ROOT [code]</c>), each with an optional <c>{FORM FORM}</c> line and <c>- pattern [code]</c> lines.
    /// </summary>
    public static void ReadVerbs(ShallowLexicon lexicon, string name, string text)
    {
        var synsets = new Dictionary<string, IReadOnlyList<IReadOnlyList<ShallowPatternElement>>>(StringComparer.Ordinal);
        List<IReadOnlyList<ShallowPatternElement>>? synset = null;
        string? section = null;
        // the root being read: its words, forms, code and raw patterns
        (string Root, List<string> Forms, ShallowCode Code, List<ShallowPattern> Patterns, int Line, ShallowWordKind Kind)? root = null;
        void Flush()
        {
            if (root is not { } r) return;
            var ordered = r.Patterns.Select((p, i) => (p, i)).OrderByDescending(x => x.p.Length).ThenBy(x => x.i).Select(x => x.p).ToArray();
            var verb = new ShallowVerb(r.Root, r.Code, ordered, $"{name}:{r.Line}");
            if (r.Kind == ShallowWordKind.Time)
                lexicon.Add(new ShallowEntry(ShallowPhraseWord.Parse(r.Root), ShallowWordKind.Time, Verb: verb, TimeCode: r.Code));
            else
            {
                lexicon.Add(new ShallowEntry(ShallowPhraseWord.Parse(r.Root), ShallowWordKind.Verb, Verb: verb));
                foreach (var f in r.Forms) lexicon.Add(new ShallowEntry(ShallowPhraseWord.Parse(f), ShallowWordKind.Verb, Verb: verb));
            }
            root = null;
        }
        var lines = text.Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            int lineNo = n + 1;
            var line = Content(lines[n], out _);
            if (line is null || line.Length == 0) continue;
            if (line.StartsWith("~~")) break;
            try
            {
                if (line[0] == '<')
                {
                    Flush();
                    var tag = line.Trim('<', '>', ' ').ToUpperInvariant();
                    section = tag.StartsWith('/') ? null : tag;
                    synset = null;
                    continue;
                }
                if (section is "SYNSETS" or "SYNSET")
                {
                    if (line[0] == '&') synsets[line.Split(' ', 2)[0].ToUpperInvariant()] = synset = [];
                    else if (line[0] == '+' && synset is not null) synset.Add(ShallowPattern.ParseElements(Bracket().Replace(line[1..], "").Trim(), synsets));
                    else throw new FormatException("expected '&NAME' or '+member' in <SYNSETS>");
                    continue;
                }
                if (section is "NOUN" or "NOUNS" or "ADJECTIVE" or "ADJECTIVES")
                {
                    var kind = section.StartsWith("NOUN") ? ShallowWordKind.Noun : ShallowWordKind.Adjective;
                    lexicon.Add(new ShallowEntry(ShallowPhraseWord.Parse(Bracket().Replace(line, "")), kind));
                    continue;
                }
                if (section is not (null or "TIME")) continue;
                if (line[0] == '-')
                {
                    if (root is null) throw new FormatException("pattern before any verb");
                    var m = Bracket().Match(line);
                    if (!m.Success) throw new FormatException("pattern without [code]");
                    var code = ShallowCode.Parse(m.Groups[1].Value) ?? throw new FormatException($"bad code [{m.Groups[1].Value}]");
                    var body = line[1..m.Index].Trim();
                    var elements = ShallowPattern.ParseElements(body, synsets);
                    if (elements.Count(e => e.Kind == ShallowElementKind.Verb) != 1) throw new FormatException("pattern without exactly one '*'");
                    root.Value.Patterns.Add(new ShallowPattern(elements, code, body, $"{name}:{lineNo}"));
                    continue;
                }
                if (line[0] == '{')
                {
                    if (root is null) throw new FormatException("irregular forms before any verb");
                    int close = line.IndexOf('}');
                    if (close < 0) throw new FormatException("'{' without '}'");
                    root.Value.Forms.AddRange(line[1..close].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    continue;
                }
                Flush();
                var cm = Bracket().Match(line);
                if (!cm.Success) throw new FormatException("verb without [code]");
                var rootCode = section == "TIME" ? TimeCode(cm.Groups[1].Value) : ShallowCode.Parse(cm.Groups[1].Value)
                    ?? throw new FormatException($"bad code [{cm.Groups[1].Value}]");
                var rootText = line[..cm.Index].Trim();
                if (rootText.Length == 0) throw new FormatException("code without a verb");
                root = (rootText, [], rootCode, [], lineNo, section == "TIME" ? ShallowWordKind.Time : ShallowWordKind.Verb);
            }
            catch (FormatException ex) { lexicon.Issues.Add(new DictionaryIssue(name, lineNo, ex.Message)); }
        }
        Flush();
    }

    // Time phrases carry a number of days, or one of the special codes.
    private static ShallowCode TimeCode(string text)
    {
        var t = text.Replace(" ", "");
        if (int.TryParse(t, out _)) return new ShallowCode(t, null, ShallowCodeKind.Event);
        return ShallowCode.Parse(t) ?? throw new FormatException($"bad time code [{text}]");
    }
}
