using Entente.Coding.Dictionaries;
using Entente.Model;

namespace Entente.Coding.Engine;

/// <summary>
/// The event coder: matches verb patterns of one or more dictionaries against a dependency-parsed
/// sentence with resolved actors, and states each event with its source, target, code, modality and the
/// pattern that produced it. Immutable after construction and safe to share between threads.
/// </summary>
public sealed partial class EventCoder
{
    private readonly VerbDictionary[] _dictionaries;

    /// <summary>The switches in force.</summary>
    public EventCoderOptions Options { get; }

    /// <summary>The dictionaries, in the order they are consulted (earlier wins ties).</summary>
    public IReadOnlyList<VerbDictionary> Dictionaries => _dictionaries;

    /// <summary>Creates a coder over the dictionaries; earlier dictionaries win ties between equally specific patterns.</summary>
    public EventCoder(IEnumerable<VerbDictionary> dictionaries, EventCoderOptions? options = null)
    {
        _dictionaries = dictionaries.ToArray();
        if (_dictionaries.Length == 0) throw new ArgumentException("at least one verb dictionary is needed", nameof(dictionaries));
        Options = options ?? new EventCoderOptions();
    }

    /// <summary>Creates a coder with our own shipped dictionary.</summary>
    public static EventCoder CreateDefault(EventCoderOptions? options = null) => new([VerbDictionaryLoader.LoadDefault()], options);

    /// <summary>Codes one parsed sentence whose actors are already resolved.</summary>
    public CodingResult Code(Token[] tokens, IReadOnlyList<CodingActor> actors)
    {
        if (tokens.Length == 0) return CodingResult.Empty;
        var tree = new DependencyTree(tokens);
        var mentionAt = new int[tokens.Length];
        Array.Fill(mentionAt, -1);
        for (int m = 0; m < actors.Count; m++)
            for (int t = Math.Max(0, actors[m].FirstToken); t < Math.Min(tokens.Length, actors[m].EndToken); t++)
                if (mentionAt[t] < 0) mentionAt[t] = m;
        // default actors sit after the sentence's own mentions, covering no token
        int defaultSource = -1, defaultTarget = -1;
        if (Options.DefaultSource is not null || Options.DefaultTarget is not null)
        {
            var all = new List<CodingActor>(actors);
            if (Options.DefaultSource is { } ds) { defaultSource = all.Count; all.Add(new CodingActor(-1, 0, ds)); }
            if (Options.DefaultTarget is { } dt) { defaultTarget = all.Count; all.Add(new CodingActor(-1, 0, dt)); }
            actors = all;
        }
        var state = new SentenceState(tree, mentionAt, actors) { DefaultSource = defaultSource, DefaultTarget = defaultTarget };
        var candidates = new List<Candidate>();
        bool discard = false;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (mentionAt[i] >= 0) continue;
            if (tree.IsVerb(i) || (Options.Shallow && tree.IsNoun(i) && tree.Child(i, "det") < 0 && tree.Child(i, "nmod:poss") < 0))
            {
                var c = CodeVerb(state, i);
                if (c is null) continue;
                if (c.Code.IsDiscard) { discard = true; break; }
                candidates.Add(c);
            }
            else if (Options.CodeNominals && tree.IsNoun(i))
            {
                var c = CodeNoun(state, i);
                if (c is not null) candidates.Add(c);
            }
        }
        if (discard) return new CodingResult([], Discarded: true);
        Suppress(state, candidates);
        return new CodingResult(Emit(state, candidates), Discarded: false);
    }
}

/// <summary>What coding one sentence produced.</summary>
/// <param name="Events">The events, in sentence order.</param>
/// <param name="Discarded">A discard pattern matched: the sentence is not to be coded at all.</param>
public sealed record CodingResult(IReadOnlyList<CodedEvent> Events, bool Discarded)
{
    /// <summary>No events.</summary>
    public static CodingResult Empty { get; } = new([], false);
}
