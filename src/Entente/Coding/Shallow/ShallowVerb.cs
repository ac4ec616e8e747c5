namespace Entente.Coding.Shallow;

/// <summary>A verb root of a TABARI <c>.verbs</c> file: its own code and its patterns, longest first.</summary>
/// <param name="Root">The root as written.</param>
/// <param name="Code">The code when no pattern matches.</param>
/// <param name="Patterns">Patterns, longest first (ties keep file order).</param>
/// <param name="Line">Where it was read, <c>file:line</c>.</param>
public sealed record ShallowVerb(string Root, ShallowCode Code, IReadOnlyList<ShallowPattern> Patterns, string Line)
{
    /// <summary>A null-coded root without patterns is no verb at all (TABARI's "null" word type).</summary>
    public bool IsInert => Code.Kind == ShallowCodeKind.Null && Patterns.Count == 0;
}
