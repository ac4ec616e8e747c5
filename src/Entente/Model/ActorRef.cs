namespace Entente.Model;

/// <summary>An actor as it takes part in an event: its code, canonical name, country and the words used.</summary>
/// <param name="Code">CAMEO actor code, e.g. <c>RUSGOV</c>.</param>
/// <param name="Name">Canonical name, e.g. "Russia" or "Vladimir Putin"; null when unknown.</param>
/// <param name="Country">CAMEO/ISO-3 country code, null for actors without one (e.g. IGOs).</param>
/// <param name="Text">The words of the document that denote the actor.</param>
public sealed record ActorRef(ActorCode Code, string? Name, string? Country, string Text);
