namespace Entente.Model;

/// <summary>A PLOVER event type with its mode, e.g. <c>CONSULT</c> / <c>visit</c>.</summary>
public sealed record PloverEvent(string Type, string? Mode);
