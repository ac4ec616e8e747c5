namespace Entente.Model;

/// <summary>
/// A treaty, pact, partnership or sanctions regime as one document describes it: its parties, what
/// was done to it and when, and the obligations its clauses carry, each linked to its sentence.
/// </summary>
public sealed record TreatyMention
{
    /// <summary>Id within the document, e.g. <c>t0</c>.</summary>
    public required string Key { get; init; }
    /// <summary>Its name ("Hanoi Defence Treaty") or, when unnamed, its description ("defence treaty").</summary>
    public required string Name { get; init; }
    /// <summary>True when <see cref="Name"/> is a proper name.</summary>
    public bool Named { get; init; }
    /// <summary>Kind of instrument.</summary>
    public required TreatyKind Kind { get; init; }
    /// <summary>The parties bound (for sanctions: those imposing them).</summary>
    public IReadOnlyList<ActorRef> Parties { get; init; } = [];
    /// <summary>For sanctions, their target.</summary>
    public ActorRef? Target { get; init; }
    /// <summary>Union of the clauses' obligations.</summary>
    public TreatyObligations Obligations { get; init; }
    /// <summary>Actions in document order.</summary>
    public IReadOnlyList<TreatyAction> Actions { get; init; } = [];
    /// <summary>Obligation clauses in document order.</summary>
    public IReadOnlyList<TreatyClause> Clauses { get; init; } = [];
    /// <summary>When it was concluded (or first acted on), as far as the document says.</summary>
    public EventDate Date { get; init; }
    /// <summary>Indices of every sentence that mentions it.</summary>
    public IReadOnlyList<int> Sentences { get; init; } = [];
}
