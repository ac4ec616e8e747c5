namespace Entente.Coding.Engine;

/// <summary>Everything the coder builds once per sentence.</summary>
internal sealed class SentenceState
{
    internal DependencyTree Tree { get; }
    internal int[] MentionAt { get; }
    internal IReadOnlyList<CodingActor> Actors { get; }
    internal PatternMatcher Matcher { get; }
    internal ClauseActors Roles { get; }
    internal ModalityDetector Modality { get; }
    internal int DefaultSource { get; init; } = -1;
    internal int DefaultTarget { get; init; } = -1;

    internal SentenceState(DependencyTree tree, int[] mentionAt, IReadOnlyList<CodingActor> actors)
    {
        Tree = tree;
        MentionAt = mentionAt;
        Actors = actors;
        Matcher = new PatternMatcher(tree, mentionAt, actors);
        Roles = new ClauseActors(tree, mentionAt, actors);
        Modality = new ModalityDetector(tree);
    }
}

/// <summary>A predicate the dictionaries code, before actors are paired and events suppressed.</summary>
internal sealed class Candidate
{
    internal required int Trigger { get; init; }
    internal required Dictionaries.EventCodeSpec Code { get; init; }
    internal required string Pattern { get; init; }
    internal required bool IsDefault { get; init; }
    internal required bool IsNominal { get; init; }
    internal int[] Used { get; init; } = [];
    internal List<int> Sources { get; set; } = [];
    internal List<int> Targets { get; set; } = [];
    internal List<int> Compound { get; set; } = [];
    internal bool Dropped { get; set; }
}
