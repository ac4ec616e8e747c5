using Entente.Model;

namespace Entente.Actors.Resolution;

internal sealed partial class SentenceComposer
{
    /// <summary>
    /// A person named by <paramref name="name"/>, perhaps after a title (<paramref name="office"/>,
    /// <paramref name="country"/>) that constrains who it can be. Full names come from the dictionary;
    /// a lone surname first refers back to a person named earlier in the document, then to the one
    /// dictionary person with that surname who fits the title, the date and the document's countries.
    /// </summary>
    private void EmitPerson(int start, Chunk name, string? office, string? country, string? title)
    {
        var nameText = Text(name);
        var lead = title is null ? "" : $"title '{title}' + ";
        var full = FullNameCandidates(name);
        if (full.Count > 0 && !full.Exists(BuiltIn))
        {
            // A user dictionary may list "LAVROV" as a name; prefer our entry for the same person, for consistent names.
            var ours = SurnameCandidates(name).Where(e => BuiltIn(e) && full.Exists(f => SameCodeAtDate(f, e))).ToList();
            if (ours.Count == 1) full = ours;
        }
        if (full.Count > 0)
        {
            var pick = Pick(full, office, country, out var why);
            EmitKnownPerson(start, name.End, pick, office, $"{lead}name '{nameText}' → {pick.Name}{why}");
            return;
        }
        bool single = name.Length == 1;
        var surname = SentenceScanner.Key(_tokens[name.End - 1].Text).ToString();
        if (single && memory.LastWithSurname(surname) is { } earlier && Fits(earlier.Entry, office, country))
        {
            var how = $"{lead}coreference: '{nameText}' → {earlier.Name} (sentence {earlier.Sentence + 1})";
            if (earlier.Entry is null)
            {
                memory.Persons.Add(earlier with { Sentence = _sentence.Index, Token = start, Subject = IsSubject(start, name.End) });
                Emit(start, name.End, null, how + "; not in dictionary");
            }
            else EmitKnownPerson(start, name.End, earlier.Entry, office ?? earlier.Office, how);
            return;
        }
        var bySurname = SurnameCandidates(name);
        if (bySurname.Count > 0 && title is null && dictionary.IsWord("not-a-name", surname))
        {
            // "May", "Rice", "Brown": a surname that is also a common word needs a title or an earlier full name.
            return;
        }
        if (bySurname.Count > 0)
        {
            var fitting = bySurname.Where(e => Fits(e, office, country)).ToList();
            var active = fitting.Where(e => date is { } d && e.Roles.Any(r => !r.When.IsAlways && r.When.Contains(d))).ToList();
            if (active.Count > 1) active = PreferDocumentCountries(active);
            if (active.Count == 1)
            {
                EmitKnownPerson(start, name.End, active[0], office, $"{lead}surname '{nameText}' → {active[0].Name}, the only one in office at {DateText}{ContextNote(active[0])}");
                return;
            }
            if (active.Count == 0 && fitting.Count == 1 && bySurname.Count == 1)
            {
                EmitKnownPerson(start, name.End, fitting[0], office, $"{lead}surname '{nameText}' → {fitting[0].Name}, the only one with this surname");
                return;
            }
            var names = string.Join(", ", (active.Count > 1 ? active : fitting.Count > 0 ? fitting : bySurname).Select(e => e.Name));
            RememberUnknown(start, name, nameText);
            Emit(start, name.End, null, $"{lead}ambiguous surname '{nameText}': {names}");
            return;
        }
        if (name.Kind == ChunkKind.Unknown && IsOrganisation(name))
        {
            Emit(start, name.End, null, "unknown organisation name");
            return;
        }
        RememberUnknown(start, name, nameText);
        if (office is not null && country is not null && dictionary.FindCountry(country) is { } c)
        {
            var code = c.CodeAt(date).Code?.Value ?? country;
            Emit(start, name.End, new ActorRef(new ActorCode(code + "GOV"), nameText, country, ""), $"{lead}name '{nameText}' not in dictionary; coded by the title");
            return;
        }
        Emit(start, name.End, null, $"{lead}unknown name '{nameText}'");
    }

    private void RememberUnknown(int start, Chunk name, string nameText)
    {
        var surname = SentenceScanner.Key(_tokens[name.End - 1].Text).ToString();
        memory.Persons.Add(new DocumentMemory.Person(null, nameText, surname, null, _sentence.Index, start, IsSubject(start, name.End)));
    }

    private bool IsOrganisation(Chunk name)
    {
        var tag = _tokens[name.Start].EntityTag;
        return tag is not null && tag.EndsWith("ORG", StringComparison.Ordinal);
    }

    private List<ActorEntry> FullNameCandidates(Chunk name)
    {
        var list = new List<ActorEntry>();
        if (name.Kind != ChunkKind.Phrase || !name.ActorsOk) return list;
        foreach (var t in dictionary.Index.TargetsOf(name.Node))
        {
            if (!t.IsActor || t.Kind is PhraseKind.Surname or PhraseKind.Short) continue;
            var e = dictionary.Entries[t.Index];
            if (!e.IsCollective && !list.Contains(e)) list.Add(e);
        }
        return list;
    }

    private bool SameCodeAtDate(ActorEntry a, ActorEntry b) => a.CodeAt(date).Code == b.CodeAt(date).Code;

    private List<ActorEntry> SurnameCandidates(Chunk name)
    {
        var list = new List<ActorEntry>();
        if (name.Kind != ChunkKind.Phrase || !name.ActorsOk) return list;
        foreach (var t in dictionary.Index.TargetsOf(name.Node))
            if (t.Kind == PhraseKind.Surname && !list.Contains(dictionary.Entries[t.Index])) list.Add(dictionary.Entries[t.Index]);
        return list;
    }

    private bool Fits(ActorEntry? e, string? office, string? country)
    {
        if (e is null) return office is null && country is null;
        if (country is not null && e.Country != country && !e.Roles.Any(r => r.Code.Country == country)) return false;
        if (office is null) return true;
        if (office == "leader") return HeldBy(new DocumentMemory.Person(e, e.Name, "", null, 0, 0, false), office);
        return e.HoldsOffice(office, country, date) || (date is null && e.EverHeld(office));
    }

    private ActorEntry Pick(List<ActorEntry> candidates, string? office, string? country, out string why)
    {
        why = "";
        if (candidates.Count == 1) return candidates[0];
        var fitting = candidates.Where(e => Fits(e, office, country)).ToList();
        if (fitting.Count == 0) fitting = candidates;
        var preferred = PreferDocumentCountries(fitting);
        why = preferred.Count < candidates.Count ? " (chosen by title and document context)" : " (first of several)";
        return preferred[0];
    }

    private List<ActorEntry> PreferDocumentCountries(List<ActorEntry> candidates)
    {
        var inDoc = candidates.Where(e => e.Country is { } c && memory.Mentions(c)).ToList();
        return inDoc.Count > 0 ? inDoc : candidates;
    }

    private string ContextNote(ActorEntry e) => e.Country is { } c && memory.Mentions(c) ? $", {c} named in the article" : "";
}
