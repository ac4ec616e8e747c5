using Entente.Coding.Dictionaries;

namespace Entente.Coding.Engine;

public sealed partial class EventCoder
{
    // Nominal events: "Modi's visit to Moscow", "US sanctions on Iran", "talks between Russia and China".
    private Candidate? CodeNoun(SentenceState s, int noun)
    {
        var tree = s.Tree;
        VerbBlock? block = null;
        foreach (var dict in _dictionaries)
        {
            var blocks = dict.FindNouns(tree.Upper[noun], tree.UpperLemma[noun]);
            foreach (var b in blocks) if (!b.Code.IsNone) { block = b; break; }
            if (block is not null) break;
        }
        if (block is null) return null;
        var sources = s.Roles.Possessor(noun);
        if (sources.Count == 0) sources = s.Roles.Modifier(noun, CodingWords.AgentMarkers, []);
        var compound = new List<int>();
        var targets = s.Roles.Modifier(noun, CodingWords.TargetMarkers, sources);
        if (sources.Count == 0)
        {
            // "talks between Russia and China": the coordinated actors act on each other
            var between = s.Roles.Modifier(noun, BetweenMarkers, []);
            if (between.Count > 1) { compound = between; targets = []; }
            else if (targets.Count > 0 && IsFrom(s, noun, targets)) { sources = targets; targets = s.Roles.Modifier(noun, CodingWords.TargetMarkers, sources); }
        }
        if (sources.Count == 0 && compound.Count == 0) return null;
        return new Candidate
        {
            Trigger = noun, Code = block.Code, IsDefault = true, IsNominal = true,
            Pattern = $"{block.Source} {block.Name} {block.Code} (noun {tree.UpperLemma[noun]})",
            Sources = sources, Targets = targets, Compound = compound,
        };
    }

    private static readonly IReadOnlySet<string> BetweenMarkers = new HashSet<string>(StringComparer.Ordinal) { "BETWEEN", "AMONG" };
    private static readonly IReadOnlySet<string> FromMarkers = new HashSet<string>(StringComparer.Ordinal) { "FROM" };

    // "aid from Japan to Nepal": FROM marks the giver
    private static bool IsFrom(SentenceState s, int noun, List<int> group) =>
        s.Roles.Modifier(noun, FromMarkers, []) is { Count: > 0 } from && from.SequenceEqual(group);
}
