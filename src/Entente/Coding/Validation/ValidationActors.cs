using Entente.Coding.Dictionaries;
using Entente.Coding.Engine;
using Entente.Model;

namespace Entente.Coding.Validation;

/// <summary>
/// The small actor, agent and discard dictionaries of the peers' validation suites (TABARI / PETRARCH
/// format), matched against a parsed sentence. Only what the suites need to judge the event coder:
/// phrases (words joined by <c>_</c> or spaces, <c>+</c> synonyms), dated codes, agents (<c>[~GOV]</c>) composed
/// with the actor of their noun phrase, and sentence discards. The full actor stage lives in Entente.Actors.
/// </summary>
public sealed partial class ValidationActors
{
    private readonly Dictionary<string, List<PhraseEntry>> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PhraseEntry>> _agents = new(StringComparer.Ordinal);
    private readonly List<string[]> _discards = [];
    private readonly bool _stems;

    /// <summary>Lines that could not be read.</summary>
    public List<DictionaryIssue> Issues { get; } = [];

    /// <summary>Creates an empty matcher; <paramref name="stems"/> lets undashed words match as stems (TABARI).</summary>
    public ValidationActors(bool stems) => _stems = stems;

    private sealed record PhraseEntry(string[] Words, bool[] Exact, List<DatedCode> Codes, bool IsAgent);

    /// <summary>A code valid in a date range (inclusive; null bounds are open); <c>---</c> means "not an actor".</summary>
    public sealed record DatedCode(string Code, DateOnly? From, DateOnly? To);

    /// <summary>Resolves the sentence's actors: longest phrases first, agents composed with actors of their noun phrase.</summary>
    public List<CodingActor> Resolve(Token[] tokens, DateOnly? date, out bool discard)
    {
        var tree = new DependencyTree(tokens);
        discard = _discards.Any(d => FindPhrase(tree, d) >= 0);
        var actors = Match(tree, _actors, date);
        // TABARI: an actor coded "###" discards the sentence
        if (actors.RemoveAll(a => a.Code == "###") > 0) discard = true;
        var agents = Match(tree, _agents, date);
        return Compose(tree, actors, agents);
    }

    private List<(int First, int Count, string Code)> Match(DependencyTree tree, Dictionary<string, List<PhraseEntry>> index, DateOnly? date)
    {
        var found = new List<(int, int, string)>();
        for (int i = 0; i < tree.Count;)
        {
            PhraseEntry? best = null;
            foreach (var key in Keys(tree.Upper[i]))
                if (index.TryGetValue(key, out var list))
                    foreach (var e in list)
                        if ((best is null || e.Words.Length > best.Words.Length) && Matches(tree, i, e)) best = e;
            if (best is null) { i++; continue; }
            var code = CodeAt(best.Codes, date);
            if (code is not null && code != "---") found.Add((i, best.Words.Length, code));
            i += best.Words.Length;
        }
        return found;
    }

    private IEnumerable<string> Keys(string upper)
    {
        yield return upper;
        if (upper.EndsWith('S')) yield return upper[..^1];
        if (!_stems) yield break;
        for (int len = upper.Length - 1; len >= 3; len--) yield return upper[..len];
    }

    private bool Matches(DependencyTree tree, int start, PhraseEntry e)
    {
        if (start + e.Words.Length > tree.Count) return false;
        for (int k = 0; k < e.Words.Length; k++)
        {
            var up = tree.Upper[start + k];
            var w = e.Words[k];
            if (up == w || (up.Length == w.Length + 1 && up[^1] == 'S' && up.StartsWith(w, StringComparison.Ordinal))) continue;
            if (_stems && !e.Exact[k] && up.StartsWith(w, StringComparison.Ordinal)) continue;
            return false;
        }
        return true;
    }

    private int FindPhrase(DependencyTree tree, string[] words)
    {
        for (int i = 0; i + words.Length <= tree.Count; i++)
        {
            int k = 0;
            while (k < words.Length && tree.Upper[i + k] == words[k]) k++;
            if (k == words.Length) return i;
        }
        return -1;
    }

    // A dated code that covers the date wins; an undated one is the default.
    private static string? CodeAt(List<DatedCode> codes, DateOnly? date)
    {
        if (date is not null)
            foreach (var c in codes)
                if ((c.From is not null || c.To is not null) && (c.From is null || date >= c.From) && (c.To is null || date <= c.To))
                    return c.Code;
        foreach (var c in codes) if (c.From is null && c.To is null) return c.Code;
        return date is null && codes.Count > 0 ? codes[^1].Code : null;
    }

    // Agents take the actor of their noun phrase ("Gondor's Prime Minister", "the Arnorian foreign minister");
    // an agent alone is coded "---" plus its role, as PETRARCH does.
    private static List<CodingActor> Compose(DependencyTree tree, List<(int First, int Count, string Code)> actors, List<(int First, int Count, string Code)> agents)
    {
        var result = new List<CodingActor>();
        var used = new HashSet<int>();
        foreach (var ag in agents)
        {
            if (actors.Any(a => a.First < ag.First + ag.Count && ag.First < a.First + a.Count)) continue;
            string role = ag.Code.Replace("~", "");
            string Combine(string actor) => actor.EndsWith(role, StringComparison.Ordinal) ? actor : ag.Code.StartsWith('~') ? actor + role : role + actor;
            int agentHead = ag.First + ag.Count - 1;
            int np = NounPhraseHead(tree, agentHead);
            // "Bree Prime Minister Romendacil", "Gondor's president": actors in the agent's own noun phrase
            var inPhrase = Enumerable.Range(0, actors.Count).Where(i => !used.Contains(i) && NounPhraseHead(tree, actors[i].First + actors[i].Count - 1) == np).ToList();
            if (inPhrase.Count > 0)
            {
                var a = actors[inPhrase[0]];
                int first = ag.First, end = ag.First + ag.Count;
                foreach (var i in inPhrase)
                {
                    if (actors[i].Code[..Math.Min(3, actors[i].Code.Length)] != a.Code[..Math.Min(3, a.Code.Length)]) continue;
                    used.Add(i);
                    first = Math.Min(first, actors[i].First);
                    end = Math.Max(end, actors[i].First + actors[i].Count);
                }
                result.Add(Actor(tree, first, end - first, Combine(a.Code)));
                continue;
            }
            // "the ambassadors of Arnor, Osgiliath and Gondor": each coordinated actor takes the role
            var of = Enumerable.Range(0, actors.Count).Where(i => !used.Contains(i) && IsModifierOf(tree, actors[i].First + actors[i].Count - 1, agentHead)).ToList();
            if (of.Count > 0)
            {
                foreach (var i in of)
                {
                    used.Add(i);
                    result.Add(Actor(tree, actors[i].First, actors[i].Count, Combine(actors[i].Code)));
                }
                continue;
            }
            result.Add(Actor(tree, ag.First, ag.Count, "---" + role));
        }
        for (int i = 0; i < actors.Count; i++)
            if (!used.Contains(i)) result.Add(Actor(tree, actors[i].First, actors[i].Count, actors[i].Code));
        result.Sort((x, y) => x.FirstToken.CompareTo(y.FirstToken));
        return result;
    }

    // The actor hangs from the agent through "of" (and coordination): "ambassadors of Arnor and Gondor".
    private static bool IsModifierOf(DependencyTree tree, int actor, int agent)
    {
        int t = actor;
        for (int guard = 0; guard < 6; guard++)
        {
            int h = tree.Head(t);
            if (h < 0) return false;
            if (h == agent) return tree.Is(t, "nmod");
            if (!tree.Is(t, "conj")) return false;
            t = h;
        }
        return false;
    }

    private static int NounPhraseHead(DependencyTree tree, int t)
    {
        for (int guard = 0; guard < 8; guard++)
        {
            int h = tree.Head(t);
            if (h < 0) return t;
            var rel = tree.Relation(t);
            if (rel is "compound" or "flat" or "amod" or "nmod:poss" or "appos" or "det" or "nummod" or "case" || rel.StartsWith("compound") || rel.StartsWith("flat"))
                t = h;
            else return t;
        }
        return t;
    }

    private static CodingActor Actor(DependencyTree tree, int first, int count, string code)
    {
        var words = string.Join(' ', Enumerable.Range(first, count).Select(i => tree[i].Text));
        return new CodingActor(first, count, new ActorRef(new ActorCode(code), words, code.Length >= 3 && code[..3] != "---" ? code[..3] : null, words));
    }
}
