using Entente.Model;

namespace Entente.Analysis.Treaties;

/// <summary>
/// Positional reading of one sentence for the treaty stage: the action word of a phrase, the subject
/// actors of a verb within its clause, and actors introduced by a preposition. Uses the dependency parse
/// when present (a phrase's head verb), else the nearest action word within the clause.
/// </summary>
internal sealed class SentenceReading(Sentence sentence, List<ActorMention> actors, EventDate date)
{
    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "is", "are", "has", "have", "had", "been", "be", "being", "now", "also", "must", "will", "would", "shall", "to",
        "formally", "finally", "jointly", "officially", "later", "not", "n't", "never", ",",
    };

    public Sentence Sentence => sentence;
    public EventDate Date => date;
    private Token[] Tokens => sentence.Tokens;

    /// <summary>The action word of <paramref name="phrase"/>, if any.</summary>
    public TreatyVerb? VerbOf(TreatyPhrase phrase)
    {
        // With a parse: the head of the phrase's noun, if it is an action word.
        int head = Tokens[phrase.Head].Head;
        if (head >= 0 && head < Tokens.Length && Action(head) is { } parsed && Tokens[phrase.Head].Relation is not null)
            return Make(head, parsed, head < phrase.First);
        for (int k = phrase.First - 1; k >= 0 && k >= phrase.First - 8; k--)
        {
            if (TreatyLexicon.ClauseBoundaries.Contains(Tokens[k].Text)) break;
            if (Action(k) is { } t) return Make(k, t, left: true);
        }
        for (int k = phrase.Last + 1; k < Tokens.Length && k <= phrase.Last + 5; k++)
        {
            if (Action(k) is { } t) return Make(k, t, left: false);
            if (!Fillers.Contains(Tokens[k].Text)) break;
        }
        return null;
    }

    /// <summary>True when an auxiliary stands between the phrase and the verb after it ("the treaty was signed").</summary>
    public bool Passive(TreatyPhrase phrase, int verb)
    {
        for (int k = phrase.Last + 1; k < verb; k++)
            if (Lower(k) is "was" or "were" or "is" or "are" or "been" or "be") return true;
        return false;
    }

    /// <summary>True when <paramref name="b"/> follows <paramref name="a"/> joined only by a conjunction, comma or determiner.</summary>
    public bool Coordinated(TreatyPhrase a, TreatyPhrase b)
    {
        for (int k = a.Last + 1; k < b.First; k++)
            if (Lower(k) is not ("and" or "or" or "," or "as" or "well") && !TreatyLexicon.Definite.Contains(Lower(k)) && !TreatyLexicon.Indefinite.Contains(Lower(k)))
                return false;
        return true;
    }

    /// <summary>Resolved actors named (capitalised) inside a phrase, in [from, to): "India–Vietnam treaty", not "military alliances".</summary>
    public List<ActorRef> NamesIn(int from, int to) =>
        actors.Where(a => a.FirstToken >= from && a.FirstToken < to && a.Text.Length > 0 && char.IsUpper(a.Text[0])).Select(a => a.Actor!).ToList();

    /// <summary>Resolved actors whose first token is in [from, to).</summary>
    public List<ActorRef> ActorsIn(int from, int to) =>
        actors.Where(a => a.FirstToken >= from && a.FirstToken < to).Select(a => a.Actor!).ToList();

    /// <summary>Actors after the preposition that directly follows token <paramref name="after"/>, up to the clause end.</summary>
    public List<ActorRef> ActorsAfter(int after, params string[] prepositions)
    {
        int k = after + 1;
        if (k >= Tokens.Length || !prepositions.Contains(Lower(k))) return [];
        int end = k + 1;
        while (end < Tokens.Length && !TreatyLexicon.ClauseBoundaries.Contains(Tokens[end].Text) && end - k <= 12) end++;
        return ActorsIn(k + 1, end);
    }

    /// <summary>The actors of the verb's clause before it: its subject.</summary>
    public List<ActorRef> SubjectOf(int verb) => ActorsIn(ClauseStart(verb), verb);

    /// <summary>True when the verb's subject is "the two countries", "both sides" and the like.</summary>
    public bool SubjectIsTheParties(int verb)
    {
        int start = ClauseStart(verb);
        if (start >= verb) return false;
        var span = new CharSpan(Tokens[start].Start - sentence.Span.Start, Tokens[verb].Start - sentence.Span.Start);
        return TreatyLexicon.PartiesPhrase.IsMatch(sentence.Text.AsSpan(span.Start, span.Length).ToString());
    }

    private int ClauseStart(int verb)
    {
        int k = verb - 1;
        while (k >= 0 && !TreatyLexicon.ClauseBoundaries.Contains(Tokens[k].Text)) k--;
        return k + 1;
    }

    private TreatyActionType? Action(int k)
    {
        var t = Tokens[k];
        if (t.Upos is "NOUN" or "PROPN" or "DET" or "ADP" && Lower(k) is not ("withdrawal" or "ratification")) return null;
        if (TreatyLexicon.Actions.TryGetValue(t.Text, out var type)) return type;
        return t.Lemma is { } lemma && TreatyLexicon.Actions.TryGetValue(lemma, out type) ? type : null;
    }

    private TreatyVerb Make(int k, TreatyActionType type, bool left)
    {
        var modality = Modality.Asserted;
        for (int i = k - 1; i >= 0 && i >= k - 3; i--)
        {
            if (TreatyLexicon.ClauseBoundaries.Contains(Tokens[i].Text)) break;
            if (TreatyLexicon.ModalityCues.TryGetValue(Tokens[i].Text, out var m)) { modality = m; break; }
        }
        return new TreatyVerb(k, type, left, modality, Tokens[k].Span);
    }

    private string Lower(int k) => Tokens[k].Text.ToLowerInvariant();
}
