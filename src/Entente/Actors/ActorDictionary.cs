namespace Entente.Actors;

/// <summary>
/// Actors, agents and the phrase index over their names: the built-in dictionary and any user
/// dictionaries loaded beside it. Immutable and safe to share between threads.
/// </summary>
public sealed class ActorDictionary
{
    private readonly Dictionary<string, ActorEntry> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ActorEntry> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> _lexicon;
    private readonly Dictionary<(string Country, string Office), List<ActorEntry>> _officeHolders = [];

    internal ActorDictionary(List<ActorEntry> entries, List<AgentEntry> agents, PhraseIndex index, List<DictionaryIssue> issues,
        Dictionary<string, HashSet<string>> lexicon)
    {
        _lexicon = lexicon.ToDictionary(p => p.Key, p => p.Value.GetAlternateLookup<ReadOnlySpan<char>>());
        Entries = entries;
        Agents = agents;
        Index = index;
        Issues = issues;
        foreach (var e in entries)
        {
            _byName.TryAdd(e.Name, e);
            if (e.IsCollective && e.Roles.Count > 0 && e.Roles[0].Code.Value is { Length: 3 } code) _countries.TryAdd(code, e);
            foreach (var r in e.Roles)
            {
                if (r.Office is null) continue;
                var key = (r.Code.Country, r.Office);
                if (!_officeHolders.TryGetValue(key, out var list)) _officeHolders[key] = list = [];
                if (!list.Contains(e)) list.Add(e);
            }
        }
    }

    /// <summary>All actor entries, by id.</summary>
    public IReadOnlyList<ActorEntry> Entries { get; }

    /// <summary>All agents, by index.</summary>
    public IReadOnlyList<AgentEntry> Agents { get; }

    /// <summary>The phrase index over names, agents and closed word classes.</summary>
    public PhraseIndex Index { get; }

    /// <summary>Lines that were skipped while loading, with file and line.</summary>
    public IReadOnlyList<DictionaryIssue> Issues { get; }

    /// <summary>The first entry with this canonical name, or null.</summary>
    public ActorEntry? FindByName(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The state (or organisation) whose plain code is <paramref name="code"/> (e.g. <c>FRA</c>), or null.</summary>
    public ActorEntry? FindCountry(string code) => _countries.GetValueOrDefault(code);

    /// <summary>True when <paramref name="word"/> belongs to the word class (case ignored), e.g. <c>place-preposition</c>.</summary>
    public bool IsWord(string wordClass, ReadOnlySpan<char> word) =>
        _lexicon.TryGetValue(wordClass, out var set) && set.Contains(word);

    /// <summary>The person who held <paramref name="office"/> of <paramref name="country"/> at <paramref name="date"/>, or null.</summary>
    public ActorEntry? OfficeHolder(string country, string office, DateOnly? date)
    {
        if (!_officeHolders.TryGetValue((country, office), out var list)) return null;
        ActorEntry? best = null;
        DateOnly bestFrom = DateOnly.MinValue;
        foreach (var e in list)
        {
            foreach (var r in e.Roles)
            {
                if (r.Office != office || r.Code.Country != country) continue;
                bool holds = date is { } d ? r.When.Contains(d) : r.When.To is null;
                var from = r.When.From ?? DateOnly.MinValue;
                if (holds && (best is null || from > bestFrom)) { best = e; bestFrom = from; }
            }
        }
        return best;
    }
}
