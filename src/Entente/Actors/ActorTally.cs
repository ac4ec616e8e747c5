using Entente.Model;

namespace Entente.Actors;

/// <summary>A resolved actor with how often it was mentioned (under any of its names).</summary>
public sealed record ActorCount(string Code, string? Name, int Mentions);

/// <summary>A name that did not resolve, with how often it occurred; the list users extend dictionaries from.</summary>
public sealed record UnresolvedCount(string Text, int Mentions);

/// <summary>
/// Counts actor mentions over documents for <c>entente actors</c>: resolved actors by code and name,
/// unresolved names by their words. Not thread-safe; add documents from one thread.
/// </summary>
public sealed class ActorTally
{
    private readonly Dictionary<(string Code, string? Name), int> _resolved = [];
    private readonly Dictionary<string, int> _unresolved = new(StringComparer.Ordinal);

    /// <summary>Adds the mentions of a document.</summary>
    public void Add(Document document) => Add(document.Actors);

    /// <summary>Adds mentions. A span that resolved to several persons ("the two presidents") counts for each.</summary>
    public void Add(IEnumerable<ActorMention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Actor is { } a)
            {
                var key = (a.Code.Value, a.Name);
                _resolved[key] = _resolved.GetValueOrDefault(key) + 1;
            }
            else if (!IsPronoun(m.Text))
            {
                _unresolved[m.Text] = _unresolved.GetValueOrDefault(m.Text) + 1;
            }
        }
    }

    /// <summary>Resolved actors, most mentioned first (ties by code), at most <paramref name="top"/>.</summary>
    public IReadOnlyList<ActorCount> Resolved(int top = int.MaxValue) =>
        _resolved.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Code, StringComparer.Ordinal).ThenBy(p => p.Key.Name, StringComparer.Ordinal)
            .Take(top).Select(p => new ActorCount(p.Key.Code, p.Key.Name, p.Value)).ToList();

    /// <summary>Unresolved names, most frequent first (ties alphabetical), at most <paramref name="top"/>.</summary>
    public IReadOnlyList<UnresolvedCount> Unresolved(int top = int.MaxValue) =>
        _unresolved.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(top).Select(p => new UnresolvedCount(p.Key, p.Value)).ToList();

    private static bool IsPronoun(string text) => text is "he" or "He" or "she" or "She";
}
