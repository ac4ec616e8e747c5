using Entente.Model;
using Entente.Pipeline;

namespace Entente.Text;

/// <summary>The first text pipe: splits the document into sentences and each sentence into tokens.</summary>
public sealed class SegmentationPipe : IPipe
{
    private readonly ISentenceSplitter _splitter;
    private readonly ITokenizer _tokenizer;

    /// <summary>Creates the pipe from a splitter and a tokenizer.</summary>
    public SegmentationPipe(ISentenceSplitter splitter, ITokenizer tokenizer)
    {
        _splitter = splitter;
        _tokenizer = tokenizer;
    }

    /// <inheritdoc/>
    public string Name => "segment";

    /// <inheritdoc/>
    public void Process(Document document)
    {
        var spans = new List<CharSpan>();
        // a splitter that tokenized to decide hands its tokens back; they are kept rather than made again
        var made = new List<Token[]>();
        _splitter.Split(document.Text, spans, made);
        document.Dateline = Dateline.TryFind(document.Text, out var dateline, out _) ? dateline : null;
        if (document.Dateline is { } d && SplitDateline(document.Text, d, spans) is int cut && cut < made.Count) { made[cut] = []; made.Insert(cut + 1, []); }
        var tokens = new List<Token>(64);
        document.Sentences.Clear();
        for (int k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            Token[] words;
            if (k < made.Count && made[k] is { Length: > 0 } ready && ready[0].Start >= span.Start && ready[^1].End <= span.End) words = ready;
            else
            {
                tokens.Clear();
                _tokenizer.Tokenize(document.Text, span, tokens);
                words = tokens.ToArray();
            }
            if (words.Length == 0) continue;
            document.Sentences.Add(new Sentence(document.Sentences.Count, span, document.Text) { Tokens = words });
        }
    }

    // "WASHINGTON — The United States welcomed ...": the dateline is a segment of its own, so that the parser
    // reads the sentence after it as a sentence (with the dateline in front, the place becomes its subject).
    // Returns the index of the span it split (its tokens must be made again), or null.
    private static int? SplitDateline(string text, CharSpan dateline, List<CharSpan> spans)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            if (s.Start > dateline.Start || s.End <= dateline.End) continue;
            int cut = dateline.End;
            while (cut > dateline.Start && char.IsWhiteSpace(text[cut - 1])) cut--;
            spans[i] = new CharSpan(s.Start, cut);
            spans.Insert(i + 1, new CharSpan(dateline.End, s.End));
            return i;
        }
        return null;
    }
}
