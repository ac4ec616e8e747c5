namespace Entente.Coding.Dictionaries;

/// <summary>
/// Turns pattern text (<c>SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS</c>,
/// <c>* (TO &amp;TREATY) $</c>) into elements, expanding synonym sets. Noun-phrase braces and
/// prepositional parentheses become plain in-order words: the dependency matcher keeps words of one
/// pattern inside the verb's clause, which is what the brackets ask for.
/// </summary>
public sealed class PatternParser
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _synsets;
    private readonly Dictionary<string, PatternElement> _expanded = new(StringComparer.Ordinal);

    /// <summary>Creates a parser that expands the given synonym sets (name with its <c>&amp;</c>, members as written).</summary>
    public PatternParser(IReadOnlyDictionary<string, IReadOnlyList<string>> synsets) => _synsets = synsets;

    /// <summary>Parses a pattern with its verb marker <c>*</c>; throws <see cref="FormatException"/> when malformed.</summary>
    public (List<PatternElement> Before, List<PatternElement> After, bool VerbAdjacent) ParsePattern(string text)
    {
        var items = PatternLexer.Lex(text);
        int star = items.FindIndex(i => !i.IsPunct && i.Text == "*");
        if (star < 0) throw new FormatException("pattern has no verb marker '*'");
        if (items.FindIndex(star + 1, i => !i.IsPunct && i.Text == "*") >= 0) throw new FormatException("pattern has more than one '*'");
        var before = ParseSequence(items, 0, star, 0);
        var after = ParseSequence(items, star + 1, items.Count, 0);
        // "WORD_*": the verb must directly follow the last word before it ("*_WORD" marks the word after).
        return (before, after, items[star].Adjacent);
    }

    /// <summary>Parses a phrase without a verb marker (a synonym-set member or a noun phrase).</summary>
    public List<PatternElement> ParsePhrase(string text, int depth = 0) => ParseSequence(PatternLexer.Lex(text), 0, int.MaxValue, depth);

    private List<PatternElement> ParseSequence(List<PatternLexer.Item> items, int from, int to, int depth)
    {
        to = Math.Min(to, items.Count);
        var result = new List<PatternElement>();
        bool groupAdjacent = false;
        for (int i = from; i < to; i++)
        {
            var it = items[i];
            if (it.IsPunct)
            {
                switch (it.Text)
                {
                    case "(" or "{":
                    {
                        string close = it.Text == "(" ? ")" : "}";
                        int end = items.FindIndex(i + 1, x => x.IsPunct && x.Text == close);
                        if (end < 0 || end >= to) throw new FormatException($"'{it.Text}' without '{close}'");
                        bool hasBar = items.Skip(i + 1).Take(end - i - 1).Any(x => x.IsPunct && x.Text == "|");
                        if (hasBar) result.Add(Alternatives(items, i + 1, end, it.Adjacent, depth));
                        else
                        {
                            var inner = ParseSequence(items, i + 1, end, depth);
                            if (inner.Count > 0 && it.Adjacent) inner[0] = inner[0] with { Adjacent = true };
                            result.AddRange(inner);
                        }
                        i = end;
                        groupAdjacent = true;
                        continue;
                    }
                    case ")" or "}" or "|":
                        throw new FormatException($"unexpected '{it.Text}'");
                }
            }
            bool adjacent = it.Adjacent || (groupAdjacent && it.Adjacent);
            groupAdjacent = false;
            result.Add(it.Text switch
            {
                "$" => new PatternElement(PatternElementKind.Source, Adjacent: adjacent),
                "+" => new PatternElement(PatternElementKind.Target, Adjacent: adjacent),
                "%" => new PatternElement(PatternElementKind.Compound, Adjacent: adjacent),
                "^" => new PatternElement(PatternElementKind.Skip, Adjacent: adjacent),
                "*" => throw new FormatException("unexpected '*'"),
                _ when it.Text[0] == '&' => Synset(it.Text, adjacent, depth),
                _ => PatternElement.Word(it.Text, it.Exact, adjacent),
            });
        }
        return result;
    }

    private PatternElement Alternatives(List<PatternLexer.Item> items, int from, int to, bool adjacent, int depth)
    {
        var choices = new List<IReadOnlyList<PatternElement>>();
        int start = from;
        for (int i = from; i <= to; i++)
        {
            if (i == to || (items[i].IsPunct && items[i].Text == "|"))
            {
                var seq = ParseSequence(items, start, i, depth);
                if (seq.Count > 0) choices.Add(seq);
                start = i + 1;
            }
        }
        if (choices.Count == 0) throw new FormatException("empty alternatives");
        return new PatternElement(PatternElementKind.Alternatives, Adjacent: adjacent, Choices: choices);
    }

    private PatternElement Synset(string name, bool adjacent, int depth)
    {
        if (depth > 8) throw new FormatException($"synonym set {name} nests too deeply (a cycle?)");
        if (!_expanded.TryGetValue(name, out var el))
        {
            if (!_synsets.TryGetValue(name, out var members) && !_synsets.TryGetValue(name.TrimEnd('_'), out members))
                throw new FormatException($"unknown synonym set {name}");
            var choices = members.Select(m => (IReadOnlyList<PatternElement>)ParsePhrase(m, depth + 1)).Where(c => c.Count > 0).ToList();
            el = new PatternElement(PatternElementKind.Alternatives, Text: name, Choices: choices);
            _expanded[name] = el;
        }
        return el with { Adjacent = adjacent };
    }
}
