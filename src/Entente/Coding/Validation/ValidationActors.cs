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

    private static string? CodeAt(List<DatedCode> codes, DateOnly? date)
    {
        foreach (var c in codes)
            if (date is null ? c.From is null && c.To is null || codes.Count == 1 : (c.From is null || date >= c.From) && (c.To is null || date <= c.To))
                return c.Code;
        return codes.Count > 0 && date is null ? codes[^1].Code : null;
    }

    // Agents take the actor of their noun phrase ("Gondor's Prime Minister", "the Arnorian foreign minister");
    // an agent alone is coded "---" plus its role, as PETRARCH does.
    private static List<CodingActor> Compose(DependencyTree tree, List<(int First, int Count, string Code)> actors, List<(int First, int Count, string Code)> agents)
    {
        var result = new List<CodingActor>();
        var usedActors = new HashSet<int>();
        foreach (var ag in agents)
        {
            if (actors.Any(a => a.First < ag.First + ag.Count && ag.First < a.First + a.Count)) continue;
            int np = NounPhraseHead(tree, ag.First + ag.Count - 1);
            int owner = actors.FindIndex(a => !usedActors.Contains(actors.IndexOf(a)) && NounPhraseHead(tree, a.First + a.Count - 1) == np);
            if (owner < 0)
            {
                owner = actors.FindIndex(a => a.First + a.Count == ag.First || (a.First + a.Count + 1 == ag.First && tree.Upper[ag.First - 1] is "'S" or "'"));
            }
            string role = ag.Code.Replace("~", "");
            if (owner >= 0)
            {
                var a = actors[owner];
                usedActors.Add(owner);
                string code = ag.Code.StartsWith('~') ? a.Code + role : role + a.Code;
                int first = Math.Min(a.First, ag.First), end = Math.Max(a.First + a.Count, ag.First + ag.Count);
                result.Add(Actor(tree, first, end - first, code));
            }
            else result.Add(Actor(tree, ag.First, ag.Count, "---" + role));
        }
        for (int i = 0; i < actors.Count; i++)
            if (!usedActors.Contains(i)) result.Add(Actor(tree, actors[i].First, actors[i].Count, actors[i].Code));
        result.Sort((x, y) => x.FirstToken.CompareTo(y.FirstToken));
        return result;
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
