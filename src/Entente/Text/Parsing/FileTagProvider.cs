using Entente.Text.Corpora;

namespace Entente.Text.Parsing;

/// <summary>
/// Tags read from a CoNLL-U file holding the same sentences with predicted UPOS/XPOS columns
/// (e.g. jackknifed training tags saved by <see cref="Write"/>), matched by sentence position.
/// </summary>
public sealed class FileTagProvider : ITagProvider
{
    private readonly Dictionary<ConlluSentence, (string, string)[]> _tags = new(ReferenceEqualityComparer.Instance);

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>
    /// Reads <paramref name="path"/> and pairs its sentences with <paramref name="corpus"/> in order.
    /// </summary>
    /// <exception cref="CorpusFormatException">The file does not hold the same sentences.</exception>
    public FileTagProvider(string path, IReadOnlyList<ConlluSentence> corpus, string name)
    {
        Name = name;
        int i = 0;
        foreach (var s in ConlluReader.ReadFile(path))
        {
            if (i >= corpus.Count || corpus[i].Words.Count != s.Words.Count || corpus[i].SentId != s.SentId)
                throw new CorpusFormatException(path, s.LineNumber, $"sentence {i + 1} does not match the corpus being tagged");
            _tags[corpus[i++]] = s.Words.Select(w => (w.Upos, w.Xpos)).ToArray();
        }
        if (i != corpus.Count) throw new CorpusFormatException(path, 0, $"has {i} sentences, the corpus {corpus.Count}");
    }

    /// <inheritdoc/>
    public (string Upos, string Xpos)[] Tag(ConlluSentence sentence) =>
        _tags.TryGetValue(sentence, out var t) ? t : throw new ArgumentException("sentence not in the tag file", nameof(sentence));

    /// <summary>Writes <paramref name="corpus"/> with the tags of <paramref name="tags"/> in the UPOS/XPOS columns.</summary>
    public static void Write(string path, IReadOnlyList<ConlluSentence> corpus, ITagProvider tags)
    {
        using var w = new StreamWriter(path);
        foreach (var s in corpus)
        {
            var t = tags.Tag(s);
            var copy = new ConlluSentence { LineNumber = s.LineNumber };
            copy.Comments.AddRange(s.Comments);
            copy.Tokens.AddRange(s.Tokens);
            copy.EmptyNodeLines.AddRange(s.EmptyNodeLines);
            for (int i = 0; i < s.Words.Count; i++) copy.Words.Add(s.Words[i] with { Upos = t[i].Upos, Xpos = t[i].Xpos });
            ConlluWriter.Write(w, copy);
        }
    }
}
