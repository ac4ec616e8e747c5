using Entente.Actors.Resolution;
using Entente.Model;
using Entente.Pipeline;

namespace Entente.Actors;

/// <summary>
/// The actor stage: fills <see cref="Document.Actors"/> with resolved and unresolved mentions, as of the
/// document's publication date (dated roles). Run after segmentation (and tagging, parsing and NER when
/// available; without them it falls back on capitalisation). Thread-safe.
/// </summary>
public sealed class ActorPipe(ActorResolver resolver) : IPipe
{
    /// <summary>Creates the pipe over a dictionary.</summary>
    public ActorPipe(ActorDictionary dictionary) : this(new ActorResolver(dictionary)) { }

    /// <summary>The resolver, for re-coding a mention at an event's own date (<see cref="ActorResolver.ResolveAt"/>).</summary>
    public ActorResolver Resolver => resolver;

    /// <inheritdoc/>
    public string Name => "actors";

    /// <inheritdoc/>
    public void Process(Document document)
    {
        var mentions = resolver.Resolve(document, document.Meta.Published);
        // "WASHINGTON —" says where the story was filed; the first sentence's actors are the ones after it
        if (document.Dateline is { } dateline)
            mentions.RemoveAll(m => m.Span.Start >= dateline.Start && m.Span.End <= dateline.End);
        document.Actors.Clear();
        document.Actors.AddRange(mentions);
    }
}
