using Entente.Actors;

namespace Entente.Pipeline;

/// <summary>User choices that shape the default pipeline (extra dictionaries and the like).</summary>
public sealed record PipelineOptions
{
    /// <summary>Extra actor dictionary files (<c>--actors</c>), loaded next to the built-in one.</summary>
    public IReadOnlyList<string> ActorFiles { get; init; } = [];
    /// <summary>
    /// An actor dictionary already loaded (so a command can report its skipped lines); when set,
    /// <see cref="ActorFiles"/> is ignored.
    /// </summary>
    public ActorDictionary? Actors { get; init; }
    /// <summary>Extra verb dictionary files (<c>--verbs</c>), loaded next to the built-in one.</summary>
    public IReadOnlyList<string> VerbFiles { get; init; } = [];
}
