using Entente.Model;

namespace Entente.Actors.Resolution;

/// <summary>
/// Turns the chunks of one sentence into actor mentions, in order, using and updating the
/// document's memory. One instance per document resolution; not shared between threads.
/// </summary>
internal sealed partial class SentenceComposer(ActorDictionary dictionary, Document document, DateOnly? date,
    DocumentMemory memory, List<ActorMention> output)
{
    private Sentence _sentence = null!;
    private Token[] _tokens = [];
    private List<Chunk> _chunks = [];
    private readonly List<(int Token, ActorEntry Entry)> _collectivesHere = [];

    public void Compose(Sentence sentence, List<Chunk> chunks)
    {
        _sentence = sentence;
        _tokens = sentence.Tokens;
        _chunks = chunks;
        _collectivesHere.Clear();
        foreach (var c in chunks)
            if (CollectiveOf(c) is { } e) _collectivesHere.Add((c.Start, e.Entry));
        for (int c = 0; c < chunks.Count;) c += ComposeAt(c);
    }

    private int ComposeAt(int c)
    {
        var chunk = _chunks[c];
        Chunk? next = c + 1 < _chunks.Count ? _chunks[c + 1] : null;
        Chunk? next2 = c + 2 < _chunks.Count ? _chunks[c + 2] : null;

        if (CollectiveOf(chunk) is { } coll)
        {
            if (next is { } n && Adjacent(chunk, n) && AgentOf(n) is { } ag)
            {
                if (ag.Office is not null && !ag.Plural)
                {
                    if (next2 is { } n2 && Adjacent(n, n2) && IsPersonish(n2))
                    {
                        EmitPerson(chunk.Start, n2, ag.Office, coll.Entry.Country, Text(chunk.Start, n.End));
                        return 3;
                    }
                    EmitOffice(chunk.Start, n.End, coll.Entry, ag);
                    return 2;
                }
                EmitAgent(chunk.Start, n.End, coll.Entry, ag, $"{Kind(coll.Kind)} '{Text(chunk)}' + agent '{Text(n)}'");
                return 2;
            }
            EmitCollective(chunk, coll);
            return 1;
        }
        if (OrganisationOf(chunk) is { } org)
        {
            // "Taliban militants", "Hamas fighters": the group's own code; the agent word adds nothing.
            bool withAgent = next is { } na && Adjacent(chunk, na) && AgentOf(na) is { Office: null };
            EmitOrganisation(chunk.Start, withAgent ? next!.Value.End : chunk.End, org, Text(chunk));
            return withAgent ? 2 : 1;
        }
        if (AgentOf(chunk) is { } agent)
        {
            if (next is { } n && OfBetween(chunk, n) && CollectiveOf(n) is { } of)
            {
                if (agent.Office is not null && !agent.Plural) EmitOffice(chunk.Start, n.End, of.Entry, agent);
                else EmitAgent(chunk.Start, n.End, of.Entry, agent, $"agent '{Text(chunk)}' of {Kind(of.Kind)} '{Text(n)}'");
                return 2;
            }
            if (agent.Office is not null && !agent.Plural && next is { } p && Adjacent(chunk, p) && IsPersonish(p))
            {
                EmitPerson(chunk.Start, p, agent.Office, null, Text(chunk));
                return 2;
            }
            if (agent.Office is not null) EmitOfficeAlone(chunk, agent);
            else EmitAgentAlone(chunk, agent);
            return 1;
        }
        if (Has(chunk, PhraseKind.Honorific))
        {
            if (next is { } p && Adjacent(chunk, p) && IsPersonish(p))
            {
                EmitPerson(chunk.Start, p, null, null, Text(chunk));
                return 2;
            }
            return 1;
        }
        if (Has(chunk, PhraseKind.Pronoun))
        {
            EmitPronoun(chunk);
            return 1;
        }
        if (IsPersonish(chunk)) EmitPerson(chunk.Start, chunk, null, null, null);
        return 1;
    }

    // ---- readings of a chunk ----

    private readonly record struct CollectiveReading(ActorEntry Entry, PhraseKind Kind);

    private CollectiveReading? CollectiveOf(Chunk chunk)
    {
        if (chunk.Kind != ChunkKind.Phrase) return null;
        CollectiveReading? best = null, shortForm = null;
        int bestScore = -1;
        foreach (var t in dictionary.Index.TargetsOf(chunk.Node))
        {
            if (!t.IsActor || t.Kind == PhraseKind.Surname) continue;
            var e = dictionary.Entries[t.Index];
            if (!e.IsCollective) continue;
            if (t.Kind == PhraseKind.Short)
            {
                if (ShortFormTarget(e) && (shortForm is null || Recency(e) > Recency(shortForm.Value.Entry))) shortForm = new CollectiveReading(e, t.Kind);
                continue;
            }
            if (!chunk.ActorsOk) continue;
            int score = memory.DocumentCodes.GetValueOrDefault(e.Roles[0].Code.Value);
            if (score > bestScore) { best = new CollectiveReading(e, t.Kind); bestScore = score; }
        }
        return best ?? shortForm;
    }

    /// <summary>A short form ("the kingdom") stands for a state only when the document names a state of its context.</summary>
    /// <summary>A group, company or news organisation named by the chunk (the first listed when several).</summary>
    private ActorEntry? OrganisationOf(Chunk chunk)
    {
        if (chunk.Kind != ChunkKind.Phrase || !chunk.ActorsOk) return null;
        foreach (var t in dictionary.Index.TargetsOf(chunk.Node))
        {
            if (!t.IsActor || t.Kind is PhraseKind.Surname or PhraseKind.Short) continue;
            var e = dictionary.Entries[t.Index];
            if (e.Kind is ActorKind.Group or ActorKind.Company or ActorKind.Media) return e;
        }
        return null;
    }

    private bool ShortFormTarget(ActorEntry e)
    {
        foreach (var code in e.Context) if (memory.Mentions(code)) return true;
        return false;
    }

    private int Recency(ActorEntry e)
    {
        for (int i = memory.Collectives.Count - 1; i >= 0; i--)
            if (memory.Collectives[i].Entry == e) return i + 1;
        return 0;
    }

    private AgentEntry? AgentOf(Chunk chunk)
    {
        if (chunk.Kind != ChunkKind.Phrase) return null;
        AgentEntry? found = null;
        foreach (var t in dictionary.Index.TargetsOf(chunk.Node))
        {
            if (t.Kind != PhraseKind.Agent) continue;
            var a = dictionary.Agents[t.Index];
            if (found is null || (found.Office is null && a.Office is not null)) found = a;
        }
        if (found is not null && chunk.ActorsOk && HasPersonTarget(chunk)) return null;
        return found;
    }

    private bool Has(Chunk chunk, PhraseKind kind)
    {
        if (chunk.Kind != ChunkKind.Phrase) return false;
        foreach (var t in dictionary.Index.TargetsOf(chunk.Node)) if (t.Kind == kind) return true;
        return false;
    }

    private bool HasPersonTarget(Chunk chunk)
    {
        if (chunk.Kind != ChunkKind.Phrase || !chunk.ActorsOk) return false;
        foreach (var t in dictionary.Index.TargetsOf(chunk.Node))
            if (t.Kind == PhraseKind.Surname || (t.IsActor && t.Kind != PhraseKind.Short && dictionary.Entries[t.Index].Kind == ActorKind.Person)) return true;
        return false;
    }

    private bool IsPersonish(Chunk chunk) => chunk.Kind == ChunkKind.Unknown || HasPersonTarget(chunk);

    // ---- token geometry ----

    /// <summary>True when <paramref name="b"/> follows <paramref name="a"/> directly, after a possessive, or across up to two tagged adjectives.</summary>
    private bool Adjacent(Chunk a, Chunk b)
    {
        int from = a.End;
        if (a.Possessive && from < _tokens.Length && SentenceScanner.IsPossessiveMarker(_tokens[from].Text)) from++;
        int gap = b.Start - from;
        if (gap == 0) return true;
        if (gap is < 0 or > 2) return false;
        for (int i = from; i < b.Start; i++)
            if (_tokens[i].Upos != "ADJ" && _tokens[i].Xpos is not ("JJ" or "JJR" or "JJS")) return false;
        return true;
    }

    /// <summary>True for "A of B" and "A of the B".</summary>
    private bool OfBetween(Chunk a, Chunk b)
    {
        int i = a.End;
        if (i >= _tokens.Length || !_tokens[i].Text.Equals("of", StringComparison.OrdinalIgnoreCase)) return false;
        i++;
        if (i < b.Start && _tokens[i].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) i++;
        return i == b.Start;
    }

    private string Text(Chunk c) => Text(c.Start, c.End);

    private string Text(int start, int end)
    {
        var s = _tokens[start].Start;
        var e = _tokens[end - 1].End;
        return document.Text.Substring(s, e - s);
    }

    private static string Kind(PhraseKind k) => k.ToString().ToLowerInvariant();
}
