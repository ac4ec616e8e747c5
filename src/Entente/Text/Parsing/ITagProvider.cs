using Entente.Text.Corpora;

namespace Entente.Text.Parsing;

/// <summary>
/// Supplies the part-of-speech tags the parser sees for a corpus sentence. Training and evaluation
/// use predicted tags (from our tagger, jackknifed for training data) so that the parser learns
/// and is measured under the tagging errors it meets at run time.
/// </summary>
public interface ITagProvider
{
    /// <summary>Short description for logs and model cards (e.g. <c>gold</c>, <c>tagger.bin</c>).</summary>
    string Name { get; }

    /// <summary>Universal and Penn tags for each syntactic word of <paramref name="sentence"/>.</summary>
    (string Upos, string Xpos)[] Tag(ConlluSentence sentence);
}

/// <summary>The tags written in the corpus. For measuring the upper bound only.</summary>
public sealed class GoldTagProvider : ITagProvider
{
    /// <summary>The shared instance.</summary>
    public static GoldTagProvider Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "gold";

    /// <inheritdoc/>
    public (string Upos, string Xpos)[] Tag(ConlluSentence sentence) =>
        sentence.Words.Select(w => (w.Upos, w.Xpos)).ToArray();
}
