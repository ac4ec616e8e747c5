namespace Entente.Coding.Shallow;

/// <summary>
/// A TABARI verb pattern such as <c>- + WAS * BY $ [112]</c>: elements in sentence order around the verb
/// (<c>*</c>) and the code it yields. Written <c>_</c> joins words (whole word, must follow), <c>~</c> joins a stem
/// to a following word, <c>{ A | B }</c> gives alternatives and <c>&amp;NAME</c> a synonym set.
/// </summary>
/// <param name="Elements">The elements, including exactly one verb element.</param>
/// <param name="Code">The code.</param>
/// <param name="Text">The pattern as written.</param>
/// <param name="Line">Where it was read, <c>file:line</c>.</param>
public sealed record ShallowPattern(IReadOnlyList<ShallowPatternElement> Elements, ShallowCode Code, string Text, string Line)
{
    /// <summary>Letters and digits of its fixed words (plus its longest alternatives): longer patterns are tried first.</summary>
    public int Length { get; } = Elements.Sum(e => e.Length);

    /// <summary>Parses pattern text (without the leading <c>-</c> and the code); throws <see cref="FormatException"/>.</summary>
    public static IReadOnlyList<ShallowPatternElement> ParseElements(string text, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<ShallowPatternElement>>> synsets)
    {
        int i = 0;
        var list = ParseSequence(text.Replace('-', '_').ToUpperInvariant(), ref i, synsets, topLevel: true);
        if (i < text.Length) throw new FormatException($"unexpected '{text[i]}' in pattern");
        return list;
    }

    private static List<ShallowPatternElement> ParseSequence(string t, ref int i, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<ShallowPatternElement>>> synsets, bool topLevel)
    {
        var list = new List<ShallowPatternElement>();
        bool joined = false; // the next element is joined to the previous one
        while (i < t.Length)
        {
            char c = t[i];
            if (c is ' ' or '\t') { joined = false; i++; continue; }
            if (c is '_' or '~')
            {
                // '_' right after a word makes it whole; after '~' it only joins
                if (list.Count > 0 && c == '_' && i > 0 && t[i - 1] != '~' && list[^1].Kind == ShallowElementKind.Word)
                    list[^1] = list[^1] with { Word = list[^1].Word with { Exact = true } };
                joined = true;
                i++;
                continue;
            }
            if (c is '|' or '}') { if (topLevel) throw new FormatException($"'{c}' outside {{ }}"); break; }
            if (c == '{')
            {
                i++;
                var choices = new List<IReadOnlyList<ShallowPatternElement>>();
                while (true)
                {
                    var choice = ParseSequence(t, ref i, synsets, topLevel: false);
                    choices.Add(choice);
                    if (i >= t.Length) throw new FormatException("'{' without '}'");
                    if (t[i++] == '}') break;
                }
                list.Add(new ShallowPatternElement(ShallowElementKind.Alternatives, Consecutive: joined, Choices: choices));
                joined = false;
                continue;
            }
            ShallowElementKind? slot = c switch
            {
                '*' => ShallowElementKind.Verb, '$' => ShallowElementKind.Source, '+' => ShallowElementKind.Target,
                '%' => ShallowElementKind.Compound, '^' => ShallowElementKind.SkipActor, _ => null,
            };
            if (slot is { } k)
            {
                list.Add(new ShallowPatternElement(k, Consecutive: joined));
                joined = false;
                i++;
                continue;
            }
            int start = i;
            while (i < t.Length && t[i] is not (' ' or '\t' or '_' or '~' or '{' or '|' or '}' or '=')) i++;
            var word = t[start..i];
            bool noEndings = i < t.Length && t[i] == '=';
            if (noEndings) i++;
            if (word.StartsWith('&'))
            {
                if (!synsets.TryGetValue(word, out var members)) throw new FormatException($"unknown synset {word}");
                list.Add(new ShallowPatternElement(ShallowElementKind.Alternatives, Consecutive: joined, Choices: members));
            }
            else list.Add(new ShallowPatternElement(ShallowElementKind.Word, new ShallowPhraseWord(word, noEndings, noEndings, joined), joined));
            joined = false;
        }
        return list;
    }
}
