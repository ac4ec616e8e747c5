using Entente.Model;

namespace Entente.Actors.Resolution;

internal sealed partial class SentenceComposer
{
    private void EmitCollective(Chunk chunk, CollectiveReading reading)
    {
        var e = reading.Entry;
        var choice = e.CodeAt(date);
        if (choice.Code is not { } code) { Emit(chunk.Start, chunk.End, null, $"'{e.Name}' is not coded here ({choice.How})"); return; }
        string how;
        var value = code.Value;
        switch (reading.Kind)
        {
            case PhraseKind.Capital or PhraseKind.Seat when chunk.Start > 0 && dictionary.IsWord("place-preposition", _tokens[chunk.Start - 1].Text):
                how = $"{Kind(reading.Kind)} '{Text(chunk)}' as a place (after '{_tokens[chunk.Start - 1].Text}') → {e.Name}";
                break;
            case PhraseKind.Capital or PhraseKind.Seat:
                value += "GOV";
                how = $"metonymy: {Kind(reading.Kind)} '{Text(chunk)}' → government of {e.Name}";
                break;
            case PhraseKind.Short:
                how = $"short form '{Text(chunk)}' → {e.Name}, named in this article";
                break;
            default:
                how = $"{Kind(reading.Kind)} '{Text(chunk)}' → {e.Name}";
                break;
        }
        memory.Collectives.Add(new DocumentMemory.Collective(e, _sentence.Index, chunk.Start));
        Emit(chunk.Start, chunk.End, new ActorRef(new ActorCode(value), CanonicalName(e), e.Country, ""), how);
    }

    private void EmitOrganisation(int start, int end, ActorEntry org, string words)
    {
        var choice = org.CodeAt(date);
        if (choice.Code is not { } code) { Emit(start, end, null, $"'{org.Name}' is not coded here ({choice.How})"); return; }
        Emit(start, end, new ActorRef(code, org.Name, org.Country, ""), $"{org.Kind.ToString().ToLowerInvariant()} '{words}' → {org.Name}; {choice.How}");
    }

    private void EmitAgent(int start, int end, ActorEntry collective, AgentEntry agent, string how)
    {
        var code = collective.CodeAt(date).Code?.Value ?? collective.Country;
        memory.Collectives.Add(new DocumentMemory.Collective(collective, _sentence.Index, start));
        Emit(start, end, new ActorRef(new ActorCode(agent.Apply(code)), CanonicalName(collective), collective.Country, ""), how);
    }

    /// <summary>"the French president", "Iran's supreme leader": the holder of the office at the date, if known.</summary>
    private void EmitOffice(int start, int end, ActorEntry collective, AgentEntry agent)
    {
        var office = OfficeFor(agent.Office!, collective);
        var country = CountryAt(collective) ?? collective.Roles[0].Code.Value;
        var holder = dictionary.OfficeHolder(country, office, date);
        if (holder is null)
        {
            EmitAgent(start, end, collective, agent, $"office '{Text(start, end)}' of {collective.Name}; holder at {DateText} not in dictionary");
            return;
        }
        memory.Collectives.Add(new DocumentMemory.Collective(collective, _sentence.Index, start));
        EmitKnownPerson(start, end, holder, office, $"{office} of {collective.Name} at {DateText}");
    }

    /// <summary>"the president", "the two presidents": coreference to persons already named, else the office of the country in context.</summary>
    /// <summary>The name of the first dictionary's entry for the same state, so names agree across dictionaries.</summary>
    private string CanonicalName(ActorEntry e) =>
        CountryAt(e) is { } c && dictionary.FindCountry(c) is { } first && first.IsCollective && BuiltIn(first) ? first.Name : e.Name;

    private static bool BuiltIn(ActorEntry e) => e.Source.StartsWith("dictionaries/", StringComparison.Ordinal);

    /// <summary>The state's code at the date (a dictionary may code a state differently before independence).</summary>
    private string? CountryAt(ActorEntry e) => e.CodeAt(date).Code?.Value is { Length: 3 } code ? code : e.Country;

    private void EmitOfficeAlone(Chunk chunk, AgentEntry agent)
    {
        var office = agent.Office!;
        if (agent.Plural)
        {
            int want = chunk.Start > 0 && dictionary.IsWord("count-two", _tokens[chunk.Start - 1].Text) ? 2 : 5;
            var found = new List<DocumentMemory.Person>();
            for (int i = memory.Persons.Count - 1; i >= 0 && found.Count < want; i--)
            {
                var p = memory.Persons[i];
                if (p.Entry is null || found.Exists(f => f.Entry == p.Entry)) continue;
                // "the two leaders" counts whoever was just named; "the presidents" needs the office.
                if (HeldBy(p, office) || (office == "leader" && want == 2)) found.Add(p);
            }
            if (found.Count == 0 || (want == 2 && found.Count < 2)) { EmitAgentAlone(chunk, agent); return; }
            found.Reverse();
            foreach (var p in found)
                Emit(chunk.Start, chunk.End, PersonRef(p.Entry!), $"coreference: '{Text(chunk)}' includes {p.Entry!.Name} (sentence {p.Sentence + 1})");
            return;
        }
        for (int i = memory.Persons.Count - 1; i >= 0; i--)
        {
            var p = memory.Persons[i];
            if (p.Entry is not null && HeldBy(p, office))
            {
                EmitKnownPerson(chunk.Start, chunk.End, p.Entry, p.Office, $"coreference: '{Text(chunk)}' → {p.Entry.Name} (sentence {p.Sentence + 1})");
                return;
            }
        }
        if (NearestCollective(chunk.Start) is { } coll)
        {
            var resolved = OfficeFor(office, coll);
            var holder = dictionary.OfficeHolder(CountryAt(coll) ?? coll.Roles[0].Code.Value, resolved, date);
            if (holder is not null)
            {
                EmitKnownPerson(chunk.Start, chunk.End, holder, resolved, $"'{Text(chunk)}' with {coll.Name} in context: {resolved} at {DateText}");
                return;
            }
        }
        EmitAgentAlone(chunk, agent);
    }

    private bool HeldBy(DocumentMemory.Person p, string office)
    {
        if (p.Entry is null) return false;
        if (office == "leader")
        {
            var country = p.Entry.Country is { } c ? dictionary.FindCountry(c) : null;
            return p.Entry.HoldsOffice(OfficeFor("leader", country), null, date);
        }
        return p.Office == office || p.Entry.HoldsOffice(office, null, date);
    }

    private string OfficeFor(string office, ActorEntry? country)
    {
        if (office != "leader") return office;
        if (country?.LeaderOffice is { } l) return l;
        if (country is not null && CountryAt(country) is { } cc && dictionary.FindCountry(cc)?.LeaderOffice is { } l2) return l2;
        if (country is not null && CountryAt(country) is { } c && dictionary.OfficeHolder(c, "prime-minister", date) is not null
            && dictionary.OfficeHolder(c, "president", date) is null) return "prime-minister";
        return "president";
    }

    private void EmitAgentAlone(Chunk chunk, AgentEntry agent)
    {
        if (NearestCollective(chunk.Start) is { } coll)
        {
            EmitAgent(chunk.Start, chunk.End, coll, agent, $"agent '{Text(chunk)}' attached to nearest {coll.Name}");
            return;
        }
        Emit(chunk.Start, chunk.End, new ActorRef(new ActorCode(agent.Apply(null)), null, null, ""), $"agent '{Text(chunk)}', no state in context");
    }

    /// <summary>The state or organisation nearest in this sentence, else the last one named before it.</summary>
    private ActorEntry? NearestCollective(int token)
    {
        ActorEntry? best = null;
        int bestDistance = int.MaxValue;
        foreach (var (t, e) in _collectivesHere)
        {
            int d = Math.Abs(t - token);
            if (d < bestDistance) { best = e; bestDistance = d; }
        }
        return best ?? memory.LastCollective()?.Entry;
    }

    private void EmitPronoun(Chunk chunk)
    {
        var candidates = new List<DocumentMemory.Person>();
        foreach (var p in memory.Persons)
        {
            bool inWindow = p.Sentence == _sentence.Index - 1 || (p.Sentence == _sentence.Index && p.Token < chunk.Start);
            if (!inWindow || candidates.Exists(c => SamePerson(c, p))) continue;
            candidates.Add(p);
        }
        DocumentMemory.Person? pick = candidates.Count == 1 ? candidates[0] : null;
        if (pick is null && candidates.Count > 1 && IsSubject(chunk.Start, chunk.End))
        {
            var subjects = candidates.Where(c => c.Subject).ToList();
            if (subjects.Count == 1) pick = subjects[0];
        }
        if (pick is null) return; // not safe: no mention rather than a guess
        var how = $"pronoun '{Text(chunk)}' → {pick.Name} (sentence {pick.Sentence + 1}{(candidates.Count > 1 ? ", the subject" : ", the only person")})";
        if (pick.Entry is null) Emit(chunk.Start, chunk.End, null, how + "; not in dictionary");
        else Emit(chunk.Start, chunk.End, PersonRef(pick.Entry), how);
    }

    private static bool SamePerson(DocumentMemory.Person a, DocumentMemory.Person b) =>
        a.Entry is not null ? a.Entry == b.Entry : b.Entry is null && a.Name == b.Name;

    private bool IsSubject(int start, int end)
    {
        for (int i = start; i < end; i++)
            if (_tokens[i].Relation is { } r && r.StartsWith("nsubj", StringComparison.Ordinal)) return true;
        return false;
    }

    private string DateText => date?.ToString("yyyy-MM-dd") ?? "the latest date";

    private void EmitKnownPerson(int start, int end, ActorEntry person, string? office, string how)
    {
        if (office is not null && !person.HoldsOffice(office, null, date)) office = null; // a title the person did not hold then
        memory.Persons.Add(new DocumentMemory.Person(person, person.Name, person.Surnames.FirstOrDefault() ?? person.Name, office, _sentence.Index, start, IsSubject(start, end)));
        Emit(start, end, PersonRef(person), how);
    }

    private ActorRef? PersonRef(ActorEntry person)
    {
        var choice = person.CodeAt(date);
        return choice.Code is { } code ? new ActorRef(code, person.Name, code.Country.Length == 3 && person.Country is not null ? code.Country : person.Country, "") : null;
    }

    private void Emit(int start, int end, ActorRef? actor, string how)
    {
        if (actor is not null && actor.Code.Value.Contains('/'))
        {
            // A compound code (TABARI "[ELR/GAL]") names several actors at once: one mention each.
            foreach (var part in actor.Code.Value.Split('/'))
                Emit(start, end, actor with { Code = new ActorCode(part) }, how + $" (part of compound {actor.Code.Value})");
            return;
        }
        var span = new CharSpan(_tokens[start].Start, _tokens[end - 1].End);
        var text = document.Text.Substring(span.Start, span.Length);
        if (actor is not null)
        {
            actor = actor with { Text = text };
            if (actor.Name is { } n && dictionary.FindByName(n) is { Kind: ActorKind.Person } p)
                how += $"; {p.CodeAt(date).How}";
        }
        output.Add(new ActorMention(_sentence.Index, start, end - start, span, text, actor, how));
    }
}
