using Entente.Coding.Dictionaries;

namespace Entente.Coding.Engine;

public sealed partial class EventCoder
{
    private Candidate? CodeVerb(SentenceState s, int verb)
    {
        var tree = s.Tree;
        List<int>? before = null, after = null;
        Candidate? best = null;
        int bestScore = int.MinValue;
        var entries = new List<VerbEntry>(4);
        foreach (var dict in _dictionaries)
        {
            entries.Clear();
            dict.FindVerbs(tree.Upper[verb], tree.UpperLemma[verb], entries);
            if (entries.Count == 0) continue;
            before ??= Before(tree, verb);
            after ??= After(tree, verb);
            foreach (var entry in entries)
            {
                var form = entry.Form;
                if (form.IsPhrase && !PhraseMatches(s, form, verb, after, dict.MatchesStems)) continue;
                int phrase = (form.Before.Count + form.After.Count) * 4;
                Candidate? found = null;
                int score = 0;
                foreach (var p in entry.Block.Patterns)
                {
                    if (p.Specificity * 4 + phrase <= bestScore) break; // sorted: nothing better follows
                    if (!s.Matcher.TryMatch(p, verb, before, after, dict.MatchesStems, out var m)) continue;
                    score = p.Specificity * 4 + phrase;
                    found = new Candidate
                    {
                        Trigger = verb, Code = p.Code, IsDefault = false, IsNominal = false, Used = m.Tokens,
                        Pattern = $"{p.Source} - {p.Text} {p.Code}",
                        Sources = m.Source >= 0 ? FirstTokenGroup(s, m.Source) : [],
                        Targets = m.Target >= 0 ? FirstTokenGroup(s, m.Target) : [],
                        Compound = m.Compound >= 0 ? FirstTokenGroup(s, m.Compound) : [],
                    };
                    break;
                }
                if (found is null)
                {
                    score = phrase;
                    var code = entry.DefaultCode;
                    // between equal defaults prefer one that codes something
                    if (score < bestScore || (score == bestScore && (code.IsNone || best is { Code.IsNone: false }))) continue;
                    found = new Candidate
                    {
                        Trigger = verb, Code = code, IsDefault = true, IsNominal = false,
                        Pattern = $"{entry.Block.Source} {form.Verb} {code} (verb default)",
                    };
                }
                else if (score <= bestScore) continue;
                best = found;
                bestScore = score;
            }
        }
        if (best is null || best.Code.IsNone) return null;
        if (best.Code.IsDiscard) return best;
        if (best.Sources.Count == 0) best.Sources = s.Roles.Source(verb);
        if (best.Targets.Count == 0) best.Targets = s.Roles.Target(verb, best.Sources);
        if (best.Targets.Count == 0 && Options.Shallow) best.Targets = NextActor(s, verb, best.Sources);
        return best;
    }

    // TABARI's reading: the first actor after the verb (and its coordination), whatever the structure.
    private static List<int> NextActor(SentenceState s, int verb, List<int> sources)
    {
        for (int t = verb + 1; t < s.Tree.Count; t++)
        {
            int m = s.MentionAt[t];
            if (m < 0 || sources.Contains(m)) continue;
            return FirstTokenGroup(s, m);
        }
        return [];
    }

    // The group of the coordination a pattern-bound mention belongs to.
    private static List<int> FirstTokenGroup(SentenceState s, int mention)
    {
        var a = s.Actors[mention];
        int head = a.FirstToken;
        for (int t = a.FirstToken; t < a.EndToken && t < s.Tree.Count; t++)
        {
            int h = s.Tree.Head(t);
            if (h < a.FirstToken || h >= a.EndToken) { head = t; break; }
        }
        var g = s.Roles.Group(head);
        if (!g.Contains(mention)) g.Insert(0, mention);
        return g;
    }

    private static bool PhraseMatches(SentenceState s, VerbForm form, int verb, List<int> after, bool stems)
    {
        for (int k = 0; k < form.Before.Count; k++)
        {
            int t = verb - form.Before.Count + k;
            if (t < 0 || (s.Tree.Upper[t] != form.Before[k] && s.Tree.UpperLemma[t] != form.Before[k])) return false;
        }
        if (form.After.Count == 0) return true;
        // the words of a phrasal verb follow closely ("called on", "carried out airstrikes")
        var near = after.Where(t => t <= verb + form.After.Count + 3).ToList();
        return s.Matcher.TryMatchWords(form.After, near, verb, adjacentFirst: false, stems);
    }

    // Everything before the verb: before-patterns are written over the linear sentence ("SAID WOULD *").
    private static List<int> Before(DependencyTree tree, int verb)
    {
        var list = new List<int>(verb);
        for (int i = 0; i < verb; i++) list.Add(i);
        return list;
    }

    // The verb's clause after it: its subtree without adverbial, paratactic and relative clauses, but with its
    // complements, whose words patterns name ("THREATEN * (TO IMPOSE SANCTIONS)", "SAID * WOULD ATTACK").
    private static List<int> After(DependencyTree tree, int verb)
    {
        var list = new List<int>();
        tree.CollectSubtree(verb, list, c =>
            tree.Is(c, "advcl") || tree.Is(c, "parataxis") || tree.Is(c, "csubj")
            || tree.Is(c, "nsubj") || tree.Relation(c) == "acl:relcl" || (tree.Is(c, "conj") && tree.IsVerb(c)));
        list.RemoveAll(t => t <= verb);
        list.Sort();
        return list;
    }
}
