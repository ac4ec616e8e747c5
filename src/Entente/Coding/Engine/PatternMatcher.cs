using Entente.Coding.Dictionaries;

namespace Entente.Coding.Engine;

/// <summary>
/// Matches pattern elements against tokens of a verb's clause, in order, with gaps allowed except where an
/// element is marked adjacent. Words match a token's form or lemma (plural forms too, and stems where the
/// dictionary lists stems); actor slots match the first token of an actor mention.
/// </summary>
internal sealed class PatternMatcher
{
    private readonly DependencyTree _tree;
    private readonly int[] _mentionAt; // token -> actor mention index, -1 for none
    private readonly IReadOnlyList<CodingActor> _actors;
    private readonly List<int> _used = new(8);
    private int _source, _target, _compound, _steps;
    private const int MaxSteps = 2000;

    internal PatternMatcher(DependencyTree tree, int[] mentionAt, IReadOnlyList<CodingActor> actors)
    {
        _tree = tree;
        _mentionAt = mentionAt;
        _actors = actors;
    }

    /// <summary>Tries a verb pattern; <paramref name="before"/> and <paramref name="after"/> are clause tokens in sentence order.</summary>
    internal bool TryMatch(VerbPattern pattern, int verb, List<int> before, List<int> after, bool stems, out PatternMatch match)
    {
        _used.Clear();
        _source = _target = _compound = -1;
        _steps = 0;
        match = default;
        if (pattern.Before.Count > 0)
        {
            if (!MatchSeq(pattern.Before, 0, before, 0, -2, stems, out int lastTok)) return false;
            if (pattern.VerbAdjacent && lastTok != verb - 1) return false;
        }
        if (pattern.After.Count > 0 && !MatchSeq(pattern.After, 0, after, 0, verb, stems, out _)) return false;
        match = new PatternMatch(_used.ToArray(), _source, _target, _compound);
        return true;
    }

    /// <summary>Tries a plain word sequence (a multi-word verb's extra words).</summary>
    internal bool TryMatchWords(IReadOnlyList<string> words, List<int> tokens, int prevToken, bool adjacentFirst, bool stems)
    {
        var seq = new PatternElement[words.Count];
        for (int i = 0; i < words.Count; i++) seq[i] = PatternElement.Word(words[i], exact: false, adjacent: i == 0 ? adjacentFirst : true);
        _used.Clear();
        _steps = 0;
        return MatchSeq(seq, 0, tokens, 0, prevToken, stems, out _);
    }

    // Matches elements[e..] against tokens[pos..]; prevTok is the token matched just before (for adjacency).
    private bool MatchSeq(IReadOnlyList<PatternElement> elements, int e, List<int> tokens, int pos, int prevTok, bool stems, out int lastTok)
    {
        lastTok = prevTok;
        if (e == elements.Count) return true;
        if (++_steps > MaxSteps) return false;
        var el = elements[e];
        switch (el.Kind)
        {
            case PatternElementKind.Skip:
                return MatchSeq(elements, e + 1, tokens, pos, prevTok, stems, out lastTok);
            case PatternElementKind.Word:
                for (int q = pos; q < tokens.Count; q++)
                {
                    int t = tokens[q];
                    if (el.Adjacent && t != prevTok + 1) { if (t > prevTok + 1) break; continue; }
                    if (!WordMatches(el.Text!, el.Exact, t, stems)) continue;
                    int mark = _used.Count;
                    _used.Add(t);
                    if (MatchSeq(elements, e + 1, tokens, q + 1, t, stems, out lastTok)) return true;
                    _used.RemoveRange(mark, _used.Count - mark);
                }
                return false;
            case PatternElementKind.Alternatives:
                foreach (var choice in el.Choices!)
                {
                    // splice the choice in front of the remaining elements
                    var spliced = new List<PatternElement>(choice.Count + elements.Count - e - 1);
                    for (int i = 0; i < choice.Count; i++)
                        spliced.Add(i == 0 && el.Adjacent ? choice[i] with { Adjacent = true } : choice[i]);
                    for (int i = e + 1; i < elements.Count; i++) spliced.Add(elements[i]);
                    int mark = _used.Count;
                    int s = _source, g = _target, c = _compound;
                    if (MatchSeq(spliced, 0, tokens, pos, prevTok, stems, out lastTok)) return true;
                    _used.RemoveRange(mark, _used.Count - mark);
                    _source = s; _target = g; _compound = c;
                }
                return false;
            default: // actor slots
                for (int q = pos; q < tokens.Count; q++)
                {
                    int t = tokens[q];
                    if (el.Adjacent && t != prevTok + 1) { if (t > prevTok + 1) break; continue; }
                    int m = _mentionAt[t];
                    if (m < 0) continue;
                    int end = q;
                    while (end + 1 < tokens.Count && _mentionAt[tokens[end + 1]] == m) end++;
                    int s = _source, g = _target, c = _compound;
                    if (el.Kind == PatternElementKind.Source) _source = m;
                    else if (el.Kind == PatternElementKind.Target) _target = m;
                    else _compound = m;
                    if (MatchSeq(elements, e + 1, tokens, end + 1, tokens[end], stems, out lastTok)) return true;
                    _source = s; _target = g; _compound = c;
                }
                return false;
        }
    }

    private bool WordMatches(string word, bool exact, int t, bool stems)
    {
        var up = _tree.Upper[t];
        if (up == word || _tree.UpperLemma[t] == word) return true;
        if (up.Length <= word.Length || !up.StartsWith(word, StringComparison.Ordinal)) return false;
        if (stems && !exact) return true;
        // plural of a listed singular: TALK ~ TALKS, SANCTION ~ SANCTIONS, CRISIS is not touched
        var rest = up.AsSpan(word.Length);
        return rest is "S" or "ES";
    }
}
