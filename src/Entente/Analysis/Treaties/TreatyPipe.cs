using Entente.Model;
using Entente.Pipeline;

namespace Entente.Analysis.Treaties;

/// <summary>
/// The treaty stage: finds treaties, pacts, partnerships and sanctions regimes, what is done to them
/// (signing, ratifying, superseding, withdrawing, imposing, vetoing), their parties (the actors of the
/// acting clause, "by"/"between"/"with" phrases, or names inside the phrase) and the ATOP obligations
/// their clauses state, and fills <see cref="Document.Treaties"/>. Later mentions ("the treaty", "the
/// Hanoi Defence Treaty") are merged with earlier ones of the same document. Runs after the actor stage;
/// uses lemmas and tags when present and falls back on word forms. Stateless, so thread-safe.
/// </summary>
public sealed class TreatyPipe : IPipe
{
    /// <inheritdoc/>
    public string Name => "treaties";

    /// <inheritdoc/>
    public void Process(Document document)
    {
        var treaties = new List<TreatyBuilder>();
        foreach (var sentence in document.Sentences)
        {
            var phrases = TreatyPhrases.Find(sentence, document.Text);
            var actors = document.Actors.Where(a => a.Sentence == sentence.Index && a.Actor is not null).OrderBy(a => a.FirstToken).ToList();
            var date = TreatyDates.Find(sentence.Text, document.Meta.Published,
                offset => phrases.Any(p => p.Span.Start - sentence.Span.Start <= offset && offset < p.Span.End - sentence.Span.Start));
            var reading = new SentenceReading(sentence, actors, date);
            var inSentence = new List<(TreatyPhrase Phrase, TreatyBuilder Treaty, TreatyVerb? Verb)>();
            foreach (var phrase in phrases)
            {
                var treaty = Resolve(treaties, phrase, sentence.Index);
                treaty.Sentences.Add(sentence.Index);
                treaty.LastSentence = sentence.Index;
                var verb = reading.VerbOf(phrase);
                // Coordinated objects share the verb: "supersedes the 2009 memorandum and a 2015 statement".
                if (verb is null && inSentence.Count > 0 && inSentence[^1].Verb is { } shared && reading.Coordinated(inSentence[^1].Phrase, phrase))
                    verb = shared with { Left = true };
                inSentence.Add((phrase, treaty, verb));
                Apply(reading, phrase, treaty, verb, inSentence, treaties);
            }
            AddClauses(sentence, inSentence.Select(x => x.Treaty).ToList(), treaties);
        }
        foreach (var t in treaties.Where(t => t.Parties.Count == 0))
        {
            // An instrument replaced by another binds the same parties unless the text says otherwise.
            var newer = t.Actions.FirstOrDefault(a => a.Type == TreatyActionType.SupersededBy)?.Other;
            var by = treaties.FirstOrDefault(o => o.Name == newer);
            if (by is not null) foreach (var p in by.Parties) t.AddParty(p);
        }
        document.Treaties.Clear();
        document.Treaties.AddRange(treaties.Select(t => t.Build()));
    }

    private static void Apply(SentenceReading reading, TreatyPhrase phrase, TreatyBuilder treaty, TreatyVerb? verb,
        List<(TreatyPhrase Phrase, TreatyBuilder Treaty, TreatyVerb? Verb)> inSentence, List<TreatyBuilder> all)
    {
        int s = reading.Sentence.Index;
        foreach (var a in reading.NamesIn(phrase.First, phrase.Head)) treaty.AddParty(a);
        foreach (var a in reading.ActorsAfter(phrase.Last, "between", "with", "among")) treaty.AddParty(a);
        if (phrase.Kind == TreatyKind.Sanctions && reading.ActorsAfter(phrase.Last, "on", "against").FirstOrDefault() is { } target) treaty.Target = target;
        if (verb is null)
        {
            treaty.Actions.Add(new TreatyAction(TreatyActionType.Mentioned, s, phrase.Span, EventDate.Unknown, Modality.Asserted, null, null));
            return;
        }
        var v = verb.Value;
        var subject = v.Left ? reading.SubjectOf(v.Index) : [];
        var agents = v.Left ? [] : reading.ActorsAfter(v.Index, "by");
        // A participle after the phrase ("the treaty signed by ...") reports an earlier act: the sentence's date is its main verb's.
        var date = v.Modality == Modality.Asserted && (v.Left || reading.Passive(phrase, v.Index)) ? reading.Date : EventDate.Unknown;
        ActorRef? actor = null;
        switch (v.Type)
        {
            case TreatyActionType.Rejected:
                actor = subject.LastOrDefault() ?? agents.FirstOrDefault();
                break;
            case TreatyActionType.Withdrawn or TreatyActionType.Ratified:
                actor = subject.LastOrDefault() ?? agents.FirstOrDefault();
                foreach (var a in subject.Concat(agents)) treaty.AddParty(a);
                break;
            case TreatyActionType.Supersedes when v.Left:
            {
                // This phrase is the older instrument; the newer is the phrase before the verb.
                var newer = inSentence.LastOrDefault(x => x.Phrase.Last < v.Index && x.Treaty != treaty).Treaty;
                if (newer is null) break;
                newer.Actions.Add(new TreatyAction(TreatyActionType.Supersedes, s, v.Span, date, v.Modality, null, treaty.Name));
                treaty.Actions.Add(new TreatyAction(TreatyActionType.SupersededBy, s, v.Span, date, v.Modality, null, newer.Name));
                return;
            }
            case TreatyActionType.Supersedes:
                return; // recorded when the older instrument, after the verb, is read
            default:
                foreach (var a in subject.Concat(agents)) if (a.Code != treaty.Target?.Code) treaty.AddParty(a);
                break;
        }
        if (treaty.Parties.Count == 0 && v.Left && reading.SubjectIsTheParties(v.Index))
        {
            var context = all.LastOrDefault(t => t != treaty && t.Parties.Count > 0);
            if (context is not null) foreach (var p in context.Parties) treaty.AddParty(p);
        }
        treaty.Actions.Add(new TreatyAction(v.Type, s, v.Span, date, v.Modality, actor, null));
    }

    private static TreatyBuilder Resolve(List<TreatyBuilder> treaties, TreatyPhrase phrase, int sentence)
    {
        TreatyBuilder? match = null;
        if (phrase.Named)
        {
            match = treaties.LastOrDefault(t => string.Equals(t.Name, phrase.Name, StringComparison.OrdinalIgnoreCase))
                    ?? treaties.LastOrDefault(t => !t.Named && t.Kind == phrase.Kind && !t.Superseded && t.Words.Count > 0
                                                   && t.Words.All(w => phrase.Descriptors.Contains(w, StringComparer.OrdinalIgnoreCase)));
            if (match is not null && !match.Named) { match.Name = phrase.Name; match.Named = true; }
        }
        else if (!phrase.Plural && phrase.Determiner is not ("a" or "an" or "another") && !phrase.Descriptors.Contains("new"))
        {
            if (phrase.Year is int y) match = treaties.LastOrDefault(t => t.Year == y && t.Kind == phrase.Kind);
            else if (phrase.Descriptors.Count == 0)
                match = treaties.LastOrDefault(t => t.Kind == phrase.Kind && !t.Superseded)
                        ?? (IsBinding(phrase.Kind) ? treaties.LastOrDefault(t => IsBinding(t.Kind) && !t.Superseded) : null);
            else match = treaties.LastOrDefault(t => t.Kind == phrase.Kind && phrase.Descriptors.All(d => t.Words.Contains(d) || t.Name.Contains(d, StringComparison.OrdinalIgnoreCase)));
        }
        if (match is not null)
        {
            foreach (var d in phrase.Descriptors) match.Words.Add(d);
            return match;
        }
        var created = new TreatyBuilder("t" + treaties.Count, phrase);
        treaties.Add(created);
        return created;
    }

    private static bool IsBinding(TreatyKind kind) => kind is TreatyKind.Treaty or TreatyKind.Pact or TreatyKind.Alliance or TreatyKind.Agreement;

    private static void AddClauses(Sentence sentence, List<TreatyBuilder> mentioned, List<TreatyBuilder> all)
    {
        var cues = new List<(TreatyObligations, CharSpan)>();
        foreach (var (obligation, cue) in TreatyLexicon.ObligationCues)
            foreach (System.Text.RegularExpressions.Match m in cue.Matches(sentence.Text))
                cues.Add((obligation, new CharSpan(sentence.Span.Start + m.Index, sentence.Span.Start + m.Index + m.Length)));
        if (cues.Count == 0) return;
        // The clause belongs to an instrument named in the sentence, else to the one under discussion
        // (mentioned in the last two sentences and not replaced).
        var treaty = mentioned.FirstOrDefault(t => !t.Superseded && t.Kind != TreatyKind.Sanctions)
                     ?? all.Where(t => !t.Superseded && IsBinding(t.Kind) && sentence.Index - t.LastSentence <= 2)
                           .OrderByDescending(t => t.LastSentence).FirstOrDefault();
        if (treaty is null) return;
        bool strong = mentioned.Count > 0 || TreatyLexicon.ClauseContext.IsMatch(sentence.Text) || cues.Any(c => c.Item1 != TreatyObligations.Consultation);
        if (!strong) return;
        foreach (var (obligation, span) in cues)
            if (!treaty.Clauses.Any(c => c.Obligation == obligation && c.Sentence == sentence.Index))
                treaty.Clauses.Add(new TreatyClause(obligation, sentence.Index, span));
        treaty.Sentences.Add(sentence.Index);
    }
}
