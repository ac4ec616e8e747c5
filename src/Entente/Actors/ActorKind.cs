namespace Entente.Actors;

/// <summary>What sort of thing an actor is; decides how it can be referred to (pronouns, titles, metonyms).</summary>
public enum ActorKind
{
    /// <summary>A state or territory.</summary>
    Country,
    /// <summary>An international organisation or grouping of states.</summary>
    Igo,
    /// <summary>A person, whose code depends on the office held at the event's date.</summary>
    Person,
    /// <summary>A party, armed group, movement or non-governmental organisation.</summary>
    Group,
    /// <summary>A business.</summary>
    Company,
    /// <summary>A news organisation.</summary>
    Media,
}
