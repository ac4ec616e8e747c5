using Entente.Model;

namespace Entente.Analysis.Treaties;

/// <summary>A treaty being assembled from the sentences of one document (mutable, private to one <see cref="TreatyPipe"/> call).</summary>
internal sealed class TreatyBuilder(string key, TreatyPhrase phrase)
{
    public string Key { get; } = key;
    public string Name { get; set; } = phrase.Name;
    public bool Named { get; set; } = phrase.Named;
    public TreatyKind Kind { get; } = phrase.Kind;
    public int? Year { get; } = phrase.Year;
    public HashSet<string> Words { get; } = new(phrase.Descriptors, StringComparer.OrdinalIgnoreCase);
    public List<ActorRef> Parties { get; } = [];
    public ActorRef? Target { get; set; }
    public List<TreatyAction> Actions { get; } = [];
    public List<TreatyClause> Clauses { get; } = [];
    public SortedSet<int> Sentences { get; } = [];
    public int LastSentence { get; set; } = -1;

    public bool Superseded => Actions.Any(a => a.Type == TreatyActionType.SupersededBy);

    /// <summary>Adds a party at state level: a government, ministry or legislature binds its country.</summary>
    public void AddParty(ActorRef actor)
    {
        if (actor.Code.Value.Length > 3 && actor.Country is { Length: 3 } country)
            actor = actor with { Code = new ActorCode(country), Name = null };
        if (!Parties.Any(p => p.Code == actor.Code)) Parties.Add(actor);
    }

    public TreatyMention Build()
    {
        var signed = Actions.FirstOrDefault(a => a.Type == TreatyActionType.Signed && a.Modality == Modality.Asserted && a.Date.Date is not null)
                     ?? Actions.FirstOrDefault(a => a.Date.Date is not null && a.Modality == Modality.Asserted);
        var date = signed?.Date ?? (Year is int y ? EventDate.OfYear(y) : EventDate.Unknown);
        return new TreatyMention
        {
            Key = Key, Name = Name, Named = Named, Kind = Kind, Parties = Parties.ToArray(), Target = Target,
            Obligations = Clauses.Aggregate(TreatyObligations.None, (o, c) => o | c.Obligation),
            Actions = Actions.ToArray(), Clauses = Clauses.ToArray(), Date = date, Sentences = Sentences.ToArray(),
        };
    }
}
