using Entente.Model;

namespace Entente.Actors;

/// <summary>
/// A code an actor carries over a period, e.g. <c>USAGOV</c> while president. <see cref="Office"/> names
/// the office held (<c>president</c>, <c>foreign-minister</c>, ...) so that "the French president" can
/// find its holder; it is null for plain codes such as those read from the field's dictionaries.
/// </summary>
public sealed record ActorRole(ActorCode Code, DateRange When, string? Office = null)
{
    /// <summary>True when the code is the field's "do not code" marker <c>---</c>.</summary>
    public bool IsNull => Code.Value == "---";
}
