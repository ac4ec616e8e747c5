using Entente.Actors;
using Entente.Actors.Dictionaries;
using Entente.Model;
using Entente.Text;

namespace Entente.Tests.Actors;

/// <summary>Runs segmentation and the actor pipe over short texts we write for each case.</summary>
internal static class ActorTestText
{
    private static readonly Entente.Pipeline.IPipe Segmenter = TextPipeline.Segmentation()[0];
    private static readonly ActorPipe BuiltIn = new(ActorDictionaryLoader.BuiltIn);

    public static List<ActorMention> Resolve(string text, string date, ActorPipe? pipe = null)
    {
        var doc = new Document(new DocumentMetadata { Id = "t", Published = DateOnly.Parse(date) }, text);
        Segmenter.Process(doc);
        (pipe ?? BuiltIn).Process(doc);
        return doc.Actors;
    }

    /// <summary>The code of the first mention whose text is <paramref name="words"/>, or "?" when unresolved.</summary>
    public static string CodeOf(this List<ActorMention> mentions, string words)
    {
        var m = mentions.FirstOrDefault(x => x.Text == words)
            ?? throw new Xunit.Sdk.XunitException($"no mention '{words}' in: {string.Join(" | ", mentions.Select(x => x.Text))}");
        return m.Actor?.Code.Value ?? "?";
    }

    public static string? NameOf(this List<ActorMention> mentions, string words, int nth = 0) =>
        mentions.Where(x => x.Text == words).Skip(nth).FirstOrDefault()?.Actor?.Name;
}
