namespace Entente.Coding.Dictionaries;

/// <summary>
/// Reads TABARI <c>.verbs</c> files: a <c>&lt;SYNSETS&gt;</c> section, verb lines (<c>WORD [code] ;comment</c>,
/// a trailing <c>_</c> meaning an exact word, otherwise a stem), an optional irregular-forms line
/// <c>{ FORM FORM }</c>, and pattern lines (<c>- words * words [code]</c>) belonging to the verb above.
/// Each verb is its own block. <c>&lt;TIME&gt;</c>, <c>&lt;NOUN&gt;</c> and <c>&lt;ADJECTIVE&gt;</c> sections carry no verbs
/// and are passed over; <c>~~~~~</c> ends the file. Unreadable lines are reported and skipped.
/// </summary>
public static class TabariVerbReader
{
    /// <summary>Reads a file.</summary>
    public static VerbDictionary ReadFile(string path) => Read(Path.GetFileName(path), File.ReadAllText(path, System.Text.Encoding.Latin1));

    /// <summary>Reads dictionary text.</summary>
    public static VerbDictionary Read(string name, string text)
    {
        var issues = new List<DictionaryIssue>();
        var synsets = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var raw = new List<(VerbForm Verb, List<(string, EventCodeSpec, int)> Patterns, int Line)>();
        List<string>? synset = null;
        string? section = null;
        var lines = text.Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            int lineNo = n + 1;
            var line = lines[n].TrimEnd('\r').Trim();
            if (line.StartsWith("~~")) break;
            if (line.Length == 0 || line[0] == ';' || line[0] == '#') continue;
            if (line[0] == '<')
            {
                var tag = line.Trim('<', '>', ' ').ToUpperInvariant();
                section = tag.StartsWith('/') ? null : tag;
                synset = null;
                continue;
            }
            try
            {
                if (section == "SYNSETS")
                {
                    if (line[0] == '&') synsets[PetrarchVerbReader.SynsetName(line.Split(' ', 2)[0])] = synset = [];
                    else if (line[0] == '+' && synset is not null) synset.Add(VerbLineParser.SplitCode(line[1..], ';').Text);
                    else throw new FormatException("expected '&NAME' or '+member' in <SYNSETS>");
                    continue;
                }
                if (section is not null) continue; // TIME, NOUN, ADJECTIVE lists: no verbs there
                if (line[0] == '-')
                {
                    if (raw.Count == 0) throw new FormatException("pattern before any verb");
                    var (pattern, code) = VerbLineParser.SplitCode(line[1..], ';');
                    if (code is null) throw new FormatException("pattern without [code]");
                    raw[^1].Patterns.Add((pattern, VerbLineParser.ParseCode(code)!, lineNo));
                    continue;
                }
                if (line[0] == '{')
                {
                    if (raw.Count == 0) throw new FormatException("irregular forms before any verb");
                    var last = raw[^1];
                    var withForms = VerbLineParser.ParseVerb(last.Verb.Verb + " " + line, last.Verb.Code);
                    raw[^1] = (last.Verb with { Forms = withForms.Forms }, last.Patterns, last.Line);
                    continue;
                }
                var (verbText, verbCode) = VerbLineParser.SplitCode(line, ';');
                if (verbCode is null) throw new FormatException("verb without [code]");
                raw.Add((VerbLineParser.ParseVerb(verbText, VerbLineParser.ParseCode(verbCode)), [], lineNo));
            }
            catch (FormatException ex)
            {
                issues.Add(new DictionaryIssue(name, lineNo, ex.Message));
            }
        }
        var parser = new PatternParser(synsets);
        var blocks = new List<VerbBlock>(raw.Count);
        foreach (var (verb, rawPatterns, line) in raw)
        {
            var patterns = new List<VerbPattern>();
            foreach (var (patternText, code, lineNo) in rawPatterns)
            {
                try
                {
                    var (before, after, adjacent) = parser.ParsePattern(patternText);
                    patterns.Add(new VerbPattern(before, after, code, $"{name}:{lineNo}", patternText.Trim(), adjacent));
                }
                catch (FormatException ex) { issues.Add(new DictionaryIssue(name, lineNo, ex.Message)); }
            }
            var blockCode = verb.Code ?? EventCodeSpec.None;
            blocks.Add(new VerbBlock(verb.Verb, blockCode, [verb with { Code = null }], VerbLineParser.BySpecificity(patterns), [], $"{name}:{line}"));
        }
        issues.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new VerbDictionary(name, blocks, issues, matchesStems: true);
    }
}
