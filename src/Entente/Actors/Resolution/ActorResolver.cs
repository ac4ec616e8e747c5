using Entente.Model;

namespace Entente.Actors.Resolution;

/// <summary>
/// Resolves the actors of a document against an <see cref="ActorDictionary"/>: longest dictionary
/// phrases over tokens, then composition (country + agent, country + office + name, title + name,
/// "the minister of X"), metonymy, context-dependent short forms, person coreference by surname and
/// office, and safe pronouns. Names not in the dictionary are reported with a null actor.
/// Stateless between calls and safe to share between threads.
/// </summary>
public sealed class ActorResolver
{
    private readonly ActorDictionary _dictionary;
    private readonly SentenceScanner _scanner;

    /// <summary>Creates a resolver over a dictionary.</summary>
    public ActorResolver(ActorDictionary dictionary)
    {
        _dictionary = dictionary;
        _scanner = new SentenceScanner(dictionary);
    }

    /// <summary>The dictionary in use.</summary>
    public ActorDictionary Dictionary => _dictionary;

    /// <summary>
    /// Resolves every actor mention of <paramref name="document"/> (which must be segmented) as of
    /// <paramref name="date"/>; a null date takes each person's latest role.
    /// </summary>
    public List<ActorMention> Resolve(Document document, DateOnly? date)
    {
        var chunks = new List<Chunk>[document.Sentences.Count];
        var memory = new DocumentMemory();
        for (int s = 0; s < chunks.Length; s++)
        {
            chunks[s] = [];
            _scanner.Scan(document.Sentences[s].Tokens, chunks[s]);
            foreach (var c in chunks[s]) CountContext(c, memory);
        }
        var result = new List<ActorMention>();
        var composer = new SentenceComposer(_dictionary, document, date, memory, result);
        for (int s = 0; s < chunks.Length; s++) composer.Compose(document.Sentences[s], chunks[s]);
        return result;
    }

    /// <summary>
    /// The actor of a resolved mention re-coded at another date (the date of the event rather than of
    /// the article): persons take the role held then; other actors are unchanged.
    /// </summary>
    public ActorRef? ResolveAt(ActorMention mention, DateOnly date)
    {
        if (mention.Actor is not { Name: { } name } actor) return mention.Actor;
        var entry = _dictionary.FindByName(name);
        if (entry is null || entry.Kind != ActorKind.Person) return actor;
        var choice = entry.CodeAt(date);
        return choice.Code is { } code ? actor with { Code = code, Country = entry.Country } : null;
    }

    private void CountContext(Chunk c, DocumentMemory memory)
    {
        if (c.Kind != ChunkKind.Phrase || !c.ActorsOk) return;
        var targets = _dictionary.Index.TargetsOf(c.Node);
        string? only = null;
        foreach (var t in targets)
        {
            if (!t.IsActor || t.Kind is PhraseKind.Short or PhraseKind.Surname) continue;
            var e = _dictionary.Entries[t.Index];
            var code = e.IsCollective ? e.Roles[0].Code.Value : e.Country;
            if (code is null) continue;
            if (only is not null && only != code) return; // ambiguous phrases do not set context
            only = code;
        }
        if (only is not null) memory.DocumentCodes[only] = memory.DocumentCodes.GetValueOrDefault(only) + 1;
    }
}
