namespace Entente.Actors;

/// <summary>
/// Collects entries, agents and their phrases from any number of readers, then freezes them into an
/// <see cref="ActorDictionary"/>. Not thread-safe; the built dictionary is.
/// </summary>
public sealed class ActorDictionaryBuilder
{
    private readonly List<ActorEntry> _entries = [];
    private readonly List<AgentEntry> _agents = [];
    private readonly List<DictionaryIssue> _issues = [];
    private readonly PhraseIndex _index = new();
    private readonly Dictionary<string, HashSet<string>> _lexicon = new(StringComparer.Ordinal);
    private bool _built;

    /// <summary>Problems reported so far.</summary>
    public IReadOnlyList<DictionaryIssue> Issues => _issues;

    /// <summary>Number of entries added so far.</summary>
    public int EntryCount => _entries.Count;

    /// <summary>Adds an actor with the phrases that name it; returns its id.</summary>
    public int AddActor(ActorEntry entry, IEnumerable<Phrase> phrases)
    {
        CheckOpen();
        entry.Id = _entries.Count;
        _entries.Add(entry);
        foreach (var p in phrases) AddPhrase(p, new PhraseTarget(p.Kind, entry.Id));
        return entry.Id;
    }

    /// <summary>Adds an agent with its phrases (singular and plural forms as given); returns its index.</summary>
    public int AddAgent(AgentEntry agent, IEnumerable<Phrase> phrases)
    {
        CheckOpen();
        int id = _agents.Count;
        _agents.Add(agent);
        foreach (var p in phrases) AddPhrase(p with { Kind = PhraseKind.Agent }, new PhraseTarget(PhraseKind.Agent, id));
        return id;
    }

    /// <summary>Adds a word of a closed class (honorific, pronoun).</summary>
    public void AddWord(string phrase, PhraseKind kind)
    {
        CheckOpen();
        if (kind is not (PhraseKind.Honorific or PhraseKind.Pronoun)) throw new ArgumentOutOfRangeException(nameof(kind));
        AddPhrase(new Phrase(phrase, kind), new PhraseTarget(kind, -1));
    }

    /// <summary>Adds a word to a named word class used by resolution (e.g. <c>place-preposition</c>).</summary>
    public void AddLexiconWord(string wordClass, string word)
    {
        CheckOpen();
        if (!_lexicon.TryGetValue(wordClass, out var set)) _lexicon[wordClass] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        set.Add(word);
    }

    /// <summary>Records a problem with a line of a dictionary.</summary>
    public void Report(string file, int line, string message) => _issues.Add(new DictionaryIssue(file, line, message));

    /// <summary>Freezes what was added. The builder cannot be used afterwards.</summary>
    public ActorDictionary Build()
    {
        CheckOpen();
        _built = true;
        return new ActorDictionary(_entries, _agents, _index, _issues, _lexicon);
    }

    private void AddPhrase(Phrase p, PhraseTarget target)
    {
        foreach (var words in WordForms.SplitPhrase(p.Text)) _index.Add(words, p.StemLast, target);
    }

    private void CheckOpen()
    {
        if (_built) throw new InvalidOperationException("The dictionary has already been built.");
    }
}
