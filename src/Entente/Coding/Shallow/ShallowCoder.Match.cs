namespace Entente.Coding.Shallow;

/// <summary>The actors a pattern's slots took, and those it passed over with <c>^</c>.</summary>
internal struct SlotMatch
{
    internal ShallowUnit? Source, Target, Compound;
    internal ShallowUnit? Skipped1, Skipped2;

    internal readonly bool IsSkipped(ShallowUnit u) => u == Skipped1 || u == Skipped2;
}

public sealed partial class ShallowCoder
{
    // The verb's matching pattern with the longest matched text (patterns come longest first; one with
    // alternatives counts only the text it actually matched), else the root's own code.
    private static (ShallowCode Code, SlotMatch Match, string Pattern) Match(ShallowSentence s, List<int> clause, int v, ShallowVerb verb)
    {
        int at = clause.IndexOf(v);
        int end = clause.IndexOf(s.Words[v].EntryEnd);
        if (end < 0) end = at;
        // phrase matching stops at commas
        int lo = at, hi = end;
        while (lo > 0 && s.Words[clause[lo - 1]].Kind != ShallowWordKind.Comma) lo--;
        while (hi + 1 < clause.Count && s.Words[clause[hi + 1]].Kind != ShallowWordKind.Comma) hi++;
        var m = new Matcher(s, clause, at, end, lo, hi);
        ShallowPattern? best = null;
        SlotMatch bestSlots = default;
        int bestLength = -1;
        foreach (var p in verb.Patterns)
        {
            if (p.Length <= bestLength) break;
            if (!m.Try(p.Elements)) continue;
            if (m.MatchedLength <= bestLength) continue;
            best = p;
            bestSlots = m.Slots;
            bestLength = m.MatchedLength;
        }
        if (best is not null) return (best.Code, bestSlots, $"{verb.Root} - {best.Text} {best.Code} ({best.Line})");
        return (verb.Code, default, $"{verb.Root} {verb.Code} ({verb.Line})");
    }

    // Words before the verb are matched from the verb backwards, so a slot there takes the nearest actor
    // ("+ WAS * BY $": the target is the first actor before WAS); words after it forwards, taking the first actor.
    private sealed class Matcher(ShallowSentence s, List<int> clause, int verbAt, int verbEnd, int lo, int hi)
    {
        internal SlotMatch Slots;
        internal int MatchedLength;
        private int _steps, _length;
        private IReadOnlyList<ShallowPatternElement> _after = [];

        internal bool Try(IReadOnlyList<ShallowPatternElement> elements)
        {
            Slots = default;
            _steps = _length = 0;
            int vi = -1;
            for (int k = 0; k < elements.Count; k++) if (elements[k].Kind == ShallowElementKind.Verb) { vi = k; break; }
            if (vi < 0) return false;
            _after = elements.Skip(vi + 1).ToArray();
            var before = elements.Take(vi).ToList();
            bool ok = Back(before, before.Count - 1, verbAt, elements[vi].Consecutive);
            if (ok) MatchedLength = _length;
            return ok;
        }

        private bool Back(List<ShallowPatternElement> els, int e, int next, bool adjacent)
        {
            if (e < 0) return Forward(_after, 0, verbEnd + 1, verbEnd);
            if (++_steps > 5000) return false;
            var el = els[e];
            switch (el.Kind)
            {
                case ShallowElementKind.Word:
                    for (int q = next - 1; q >= lo; q--)
                    {
                        if (adjacent && q != next - 1) break;
                        var w = s.Words[clause[q]];
                        if (w.Kind == ShallowWordKind.Comma || !el.Word.Matches(w.Text, verbEndings: false, endings: !el.Word.Exact)) continue;
                        var saved = Slots;
                        _length += el.Length;
                        if (Back(els, e - 1, q, el.Consecutive)) return true;
                        _length -= el.Length;
                        Slots = saved;
                    }
                    return false;
                case ShallowElementKind.Alternatives:
                    foreach (var choice in el.Choices!)
                    {
                        var spliced = els.Take(e).Concat(Opened(el, choice)).ToList();
                        if (Attempt(() => Back(spliced, spliced.Count - 1, next, adjacent))) return true;
                    }
                    return false;
                case ShallowElementKind.Verb:
                    return false;
                default:
                    for (int q = next - 1; q >= lo; q--)
                    {
                        var u = s.Covering(clause[q]);
                        if (u is null) { if (adjacent) return false; continue; }
                        if (el.Kind == ShallowElementKind.Compound && !u.IsCompound) return false;
                        int first = q;
                        while (first - 1 >= lo && clause[first - 1] >= u.Start) first--;
                        var saved = Slots;
                        Assign(el.Kind, u);
                        if (Back(els, e - 1, first, el.Consecutive)) return true;
                        Slots = saved;
                        return false; // the slot takes the nearest actor, not a farther one
                    }
                    return false;
            }
        }

        private bool Forward(IReadOnlyList<ShallowPatternElement> els, int e, int pos, int prev)
        {
            if (e == els.Count) return true;
            if (++_steps > 5000) return false;
            var el = els[e];
            switch (el.Kind)
            {
                case ShallowElementKind.Word:
                    for (int q = pos; q <= hi; q++)
                    {
                        if (el.Consecutive && q != prev + 1) break;
                        var w = s.Words[clause[q]];
                        if (w.Kind == ShallowWordKind.Comma || !el.Word.Matches(w.Text, verbEndings: false, endings: !el.Word.Exact)) continue;
                        var saved = Slots;
                        _length += el.Length;
                        if (Forward(els, e + 1, q + 1, q)) return true;
                        _length -= el.Length;
                        Slots = saved;
                    }
                    return false;
                case ShallowElementKind.Alternatives:
                    foreach (var choice in el.Choices!)
                    {
                        var spliced = Opened(el, choice).Concat(els.Skip(e + 1)).ToList();
                        if (Attempt(() => Forward(spliced, 0, pos, prev))) return true;
                    }
                    return false;
                case ShallowElementKind.Verb:
                    return false;
                default:
                    for (int q = pos; q <= hi; q++)
                    {
                        if (el.Consecutive && q != prev + 1) return false;
                        var u = s.UnitAt(clause[q]);
                        if (u is null) continue;
                        if (el.Kind == ShallowElementKind.Compound && !u.IsCompound) return false;
                        int last = q;
                        while (last + 1 < clause.Count && clause[last + 1] <= u.End) last++;
                        var saved = Slots;
                        Assign(el.Kind, u);
                        if (Forward(els, e + 1, last + 1, last)) return true;
                        Slots = saved;
                        return false; // the slot takes the first actor there, not a later one
                    }
                    return false;
            }
        }

        // A choice of alternatives in place of the alternatives: its first element keeps their adjacency.
        private static IEnumerable<ShallowPatternElement> Opened(ShallowPatternElement alternatives, IReadOnlyList<ShallowPatternElement> choice) =>
            choice.Select((c, k) => k == 0 && alternatives.Consecutive ? c with { Consecutive = true } : c);

        private void Assign(ShallowElementKind kind, ShallowUnit u)
        {
            switch (kind)
            {
                case ShallowElementKind.Source: Slots.Source = u; break;
                case ShallowElementKind.Target: Slots.Target = u; break;
                case ShallowElementKind.Compound: Slots.Compound = u; break;
                default: if (Slots.Skipped1 is null) Slots.Skipped1 = u; else Slots.Skipped2 = u; break;
            }
        }

        /// <summary>Tries one alternative; when it fails, the slots and matched length it touched are put back.</summary>
        private bool Attempt(Func<bool> match)
        {
            var saved = Slots;
            int len = _length;
            if (match()) return true;
            Slots = saved;
            _length = len;
            return false;
        }
    }
}
