using Entente.Model;

namespace Entente.Coding.Shallow;

public sealed partial class ShallowCoder
{
    private static readonly HashSet<string> PassiveAuxiliaries = ["WAS", "WERE", "BEEN", "IS", "ARE", "BE"];

    // One clause after another: the first coded verb of each (CODE BY CLAUSE), of the sentence (SENTENCE) or all (ALL).
    private List<ShallowEvent> CodeSentence(ShallowSentence s, int sentence, Token[] tokens, ShallowSettings settings, out bool discard, out bool complex)
    {
        discard = complex = false;
        var events = new List<ShallowEvent>();
        var subordinate = new List<ShallowEvent>();
        var dominant = new List<ShallowEvent>();
        ShallowUnit? source = null;
        bool first = true;
        foreach (var clause in s.Clauses())
        {
            var clauseEvents = new List<ShallowEvent>();
            var clauseSubordinate = new List<ShallowEvent>();
            foreach (int v in clause)
            {
                var w = s.Words[v];
                if (w.Kind != ShallowWordKind.Verb || !w.EntryStart || w.Removed) continue;
                var verb = w.Entry!.Verb!;
                var (code, match, pattern) = Match(s, clause, v, verb);
                if (code.Kind == ShallowCodeKind.Null) continue;
                if (code.Kind == ShallowCodeKind.Discard) { discard = true; return []; }
                if (code.Kind == ShallowCodeKind.Complex) { complex = true; return []; }
                var found = Events(s, clause, v, code, match, first ? null : source, settings, sentence, s.Words[v].Token, pattern, out var usedSource);
                if (found.Count == 0) continue;
                if (code.Subordinate) { if (clauseSubordinate.Count == 0) clauseSubordinate.AddRange(found); continue; }
                (code.Dominant ? dominant : clauseEvents).AddRange(found);
                source = usedSource ?? source;
                if (settings.CodeBy != "ALL") break;
            }
            if (source is null)
                foreach (int q in clause) if (s.UnitAt(q) is { } u) { source = u; break; }
            if (settings.CodeBy == "CLAUSE" && clauseEvents.Count == 0) events.AddRange(clauseSubordinate);
            else if (clauseEvents.Count == 0 && subordinate.Count == 0) subordinate.AddRange(clauseSubordinate);
            events.AddRange(clauseEvents);
            first = false;
            if (settings.CodeBy == "SENTENCE" && events.Count > 0) break;
        }
        if (dominant.Count > 0) return dominant;
        if (events.Count == 0) events.AddRange(subordinate);
        return events;
    }

    // Source, target and the events of one coded verb.
    private static List<ShallowEvent> Events(ShallowSentence s, List<int> clause, int v, ShallowCode code, SlotMatch match, ShallowUnit? inherited,
        ShallowSettings settings, int sentence, int token, string pattern, out ShallowUnit? usedSource)
    {
        usedSource = null;
        int verbEnd = s.Words[v].EntryEnd;
        var result = new List<ShallowEvent>();
        if (match.Compound is { } comp)
        {
            AddMutual(result, comp.Codes, code, sentence, token, pattern);
            usedSource = comp;
            return result;
        }
        var src = match.Source;
        var tgt = match.Target;
        bool prior = FirstIn(s, clause, q => q < v, u => !match.IsSkipped(u)) is not null;
        if (src is null)
        {
            // the first actor before the verb (in a later clause, the clause's own, else the one carried over)
            src = FirstIn(s, clause, q => q < v, u => (tgt is null || u != tgt && u.DiffersFrom(tgt)) && !match.IsSkipped(u)) ?? inherited;
            if (src is not null && tgt is not null && !src.DiffersFrom(tgt)) src = null;
            // passive voice: "Gondor was attacked by Arnor"
            if (match.Target is null && src is not null && IsPassive(s, clause, v, verbEnd))
            {
                var agent = FirstIn(s, clause, q => q > verbEnd, _ => true);
                if (agent is not null) { tgt = src; src = agent; }
            }
            // greedy: with no actor before the verb, the first after it (unless a default source takes its place)
            if (src is null && !(settings.DefaultSource is not null && settings.DefaultSourcePrior))
                src = FirstIn(s, clause, q => q > verbEnd, u => !match.IsSkipped(u) && (tgt is null || u != tgt && u.DiffersFrom(tgt)));
        }
        bool after = FirstIn(s, clause, q => q > verbEnd, u => u != src && !match.IsSkipped(u)) is not null;
        tgt ??= FirstIn(s, clause, q => q > verbEnd, u => u != src && u.DiffersFrom(src) && !match.IsSkipped(u))
            ?? FirstIn(s, clause, q => q < v, u => u != src && u.DiffersFrom(src) && !match.IsSkipped(u));
        List<string>? srcCodes = src?.Codes, tgtCodes = tgt?.Codes;
        if (settings.DefaultSource is { } ds && (srcCodes is null || (settings.DefaultSourcePrior && !prior && match.Source is null))) srcCodes = [ds];
        if (settings.DefaultTarget is { } dt && (tgtCodes is null || (settings.DefaultTargetAfter && !after && match.Target is null))) tgtCodes = [dt];
        if (tgtCodes is null && src is { IsCompound: true } && srcCodes == src.Codes)
        {
            // a compound with nobody else: its members act on each other
            AddMutual(result, src.Codes, code, sentence, token, pattern);
            usedSource = src;
            return result;
        }
        if (srcCodes is null || tgtCodes is null) return result;
        foreach (var a in srcCodes) foreach (var b in tgtCodes) Add(result, a, b, code, sentence, token, pattern);
        usedSource = src;
        return result;
    }

    private static void Add(List<ShallowEvent> into, string a, string b, ShallowCode code, int sentence, int token, string pattern)
    {
        if (a == b) return;
        if (code.Forward is { } f) into.Add(new ShallowEvent(a, b, f, sentence, token, pattern));
        if (code.Reverse is { } r) into.Add(new ShallowEvent(b, a, r, sentence, token, pattern));
    }

    // Members of one compound: each pair once each way; a paired code gives the first code one way, the second back.
    private static void AddMutual(List<ShallowEvent> into, List<string> codes, ShallowCode code, int sentence, int token, string pattern)
    {
        for (int i = 0; i < codes.Count; i++)
            for (int j = i + 1; j < codes.Count; j++)
            {
                if (codes[i] == codes[j]) continue;
                if (code.Forward is { } f) into.Add(new ShallowEvent(codes[i], codes[j], f, sentence, token, pattern));
                if ((code.Reverse ?? code.Forward) is { } r) into.Add(new ShallowEvent(codes[j], codes[i], r, sentence, token, pattern));
            }
    }

    private static ShallowUnit? FirstIn(ShallowSentence s, List<int> clause, Func<int, bool> where, Func<ShallowUnit, bool> accept)
    {
        foreach (int q in clause)
            if (where(q) && s.UnitAt(q) is { } u && accept(u)) return u;
        return null;
    }

    // TABARI's rule: WAS, WERE or BEEN one or two words before the verb, and BY after it ("opposed by",
    // "opposed earlier by": one word may come between, as TABARI's own suite expects).
    private static bool IsPassive(ShallowSentence s, List<int> clause, int v, int verbEnd)
    {
        int at = clause.IndexOf(v), end = clause.IndexOf(verbEnd);
        if (at < 0 || end < 0) return false;
        bool by = false;
        for (int k = 1; k <= 2 && end + k < clause.Count; k++)
            if (s.Words[clause[end + k]].Text == "BY") { by = true; break; }
            else if (s.UnitAt(clause[end + k]) is not null) break;
        if (!by) return false;
        for (int k = 1; k <= 2 && at - k >= 0; k++)
            if (PassiveAuxiliaries.Contains(s.Words[clause[at - k]].Text)) return true;
        return false;
    }
}
