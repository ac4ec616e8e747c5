namespace Entente.Actors.Resolution;

/// <summary>
/// What one document has mentioned so far: persons (with the surname and office used, for
/// coreference) and states or organisations (for agents, short forms and disambiguation).
/// Created per document, so resolution keeps no shared mutable state.
/// </summary>
internal sealed class DocumentMemory
{
    /// <summary>A person reference: a dictionary entry, or null for a name not in the dictionary.</summary>
    public sealed record Person(ActorEntry? Entry, string Name, string Surname, string? Office, int Sentence, int Token, bool Subject);

    /// <summary>A state or organisation reference.</summary>
    public sealed record Collective(ActorEntry Entry, int Sentence, int Token);

    public List<Person> Persons { get; } = [];
    public List<Collective> Collectives { get; } = [];

    /// <summary>Country and organisation codes named anywhere in the document (from the first pass), with counts.</summary>
    public Dictionary<string, int> DocumentCodes { get; } = new(StringComparer.Ordinal);

    public bool Mentions(string code) => DocumentCodes.ContainsKey(code);

    /// <summary>The latest person whose surname (or full name) matches, optionally holding an office.</summary>
    public Person? LastWithSurname(string surname)
    {
        for (int i = Persons.Count - 1; i >= 0; i--)
        {
            var p = Persons[i];
            if (p.Surname.Equals(surname, StringComparison.OrdinalIgnoreCase) || p.Name.Equals(surname, StringComparison.OrdinalIgnoreCase)) return p;
        }
        return null;
    }

    /// <summary>The latest collective mentioned before (sentence, token), or null.</summary>
    public Collective? LastCollective()
        => Collectives.Count > 0 ? Collectives[^1] : null;
}
