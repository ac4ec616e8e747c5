using System.Text.RegularExpressions;

namespace Entente.Coding.Dictionaries;

/// <summary>
/// Reads verb dictionaries in PETRARCH's format (<c>CAMEO.2.0.txt</c>, <c>PETR.Validate.verbs.txt</c>) and our
/// own, which is the same format plus <c>NOUNS:</c> lines listing a block's nominalisations.
/// Synonym sets (<c>&amp;NAME</c> with <c>+member</c> lines), blocks (<c>--- VERB [code] ---</c>), verb lines
/// and pattern lines (<c>- words * words [code] # comment</c>). Unreadable lines are reported and skipped.
/// </summary>
public static partial class PetrarchVerbReader
{
    [GeneratedRegex(@"^---\s*([^\[]+?)\s*\[([^\]]*)\]")]
    private static partial Regex BlockHeader();

    /// <summary>Reads a file.</summary>
    public static VerbDictionary ReadFile(string path) => Read(Path.GetFileName(path), File.ReadAllText(path));

    /// <summary>Reads dictionary text; <paramref name="name"/> is used in issues and pattern sources.</summary>
    public static VerbDictionary Read(string name, string text)
    {
        var issues = new List<DictionaryIssue>();
        var synsets = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var rawBlocks = new List<RawBlock>();
        RawBlock? block = null;
        List<string>? synset = null;
        bool inXmlComment = false, inTransforms = false;
        var lines = text.Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            int lineNo = n + 1;
            if (inXmlComment) { if (line.Contains("-->")) inXmlComment = false; continue; }
            var trimmed = line.Trim();
            if (trimmed.StartsWith("<!--")) { inXmlComment = !trimmed.Contains("-->"); continue; }
            if (trimmed.Length == 0) { synset = null; continue; }
            if (trimmed.StartsWith("####") && trimmed.Contains("TRANSFORMATIONS")) { inTransforms = true; continue; }
            if (trimmed[0] == '#' || inTransforms) continue;
            try
            {
                if (trimmed[0] == '&')
                {
                    var synName = SynsetName(trimmed.Split([' ', '\t', '#'], 2)[0]);
                    synsets[synName] = synset = [];
                    continue;
                }
                if (synset is not null && trimmed[0] == '+')
                {
                    var member = VerbLineParser.SplitCode(trimmed[1..], '#').Text;
                    if (member.Length > 0) synset.Add(member);
                    continue;
                }
                synset = null;
                var header = BlockHeader().Match(trimmed);
                if (header.Success)
                {
                    var code = VerbLineParser.ParseCode(header.Groups[2].Value) ?? EventCodeSpec.None;
                    rawBlocks.Add(block = new RawBlock(header.Groups[1].Value.Trim().ToUpperInvariant().Replace(' ', '_'), code, $"{name}:{lineNo}"));
                    continue;
                }
                if (block is null) throw new FormatException("line outside any verb block");
                if (trimmed.StartsWith("- ") || trimmed == "-")
                {
                    var (pattern, code) = VerbLineParser.SplitCode(trimmed[1..], '#');
                    if (code is null) throw new FormatException("pattern without [code]");
                    block.Patterns.Add((pattern, VerbLineParser.ParseCode(code)!, lineNo));
                    continue;
                }
                if (trimmed.StartsWith("NOUNS:", StringComparison.Ordinal))
                {
                    foreach (var w in VerbLineParser.SplitCode(trimmed[6..], '#').Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        block.Nouns.Add(w.ToUpperInvariant().Replace('_', ' '));
                    continue;
                }
                var (verbText, verbCode) = VerbLineParser.SplitCode(trimmed, '#');
                block.Verbs.Add(VerbLineParser.ParseVerb(verbText, VerbLineParser.ParseCode(verbCode)));
            }
            catch (FormatException ex)
            {
                issues.Add(new DictionaryIssue(name, lineNo, ex.Message));
            }
        }
        var parser = new PatternParser(synsets);
        var blocks = new List<VerbBlock>(rawBlocks.Count);
        foreach (var raw in rawBlocks)
        {
            var patterns = new List<VerbPattern>();
            foreach (var (patternText, code, lineNo) in raw.Patterns)
            {
                try
                {
                    var (before, after, adjacent) = parser.ParsePattern(patternText);
                    patterns.Add(new VerbPattern(before, after, code, $"{name}:{lineNo}", patternText.Trim(), adjacent));
                }
                catch (FormatException ex) { issues.Add(new DictionaryIssue(name, lineNo, ex.Message)); }
            }
            if (raw.Verbs.Count == 0)
            {
                issues.Add(new DictionaryIssue(name, int.Parse(raw.Source[(raw.Source.LastIndexOf(':') + 1)..]), $"block {raw.Name} lists no verbs"));
                continue;
            }
            blocks.Add(new VerbBlock(raw.Name, raw.Code, raw.Verbs, VerbLineParser.BySpecificity(patterns), raw.Nouns, raw.Source));
        }
        issues.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new VerbDictionary(name, blocks, issues, matchesStems: false);
    }

    internal static string SynsetName(string token) => token.Trim().ToUpperInvariant().TrimEnd('_');

    private sealed record RawBlock(string Name, EventCodeSpec Code, string Source)
    {
        public List<VerbForm> Verbs { get; } = [];
        public List<(string Text, EventCodeSpec Code, int Line)> Patterns { get; } = [];
        public List<string> Nouns { get; } = [];
    }
}
