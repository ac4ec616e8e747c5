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
        _splitter.Split(document.Text, spans);
        SplitDateline(document.Text, spans);
        var tokens = new List<Token>(64);
        document.Sentences.Clear();
        foreach (var span in spans)
        {
            tokens.Clear();
            _tokenizer.Tokenize(document.Text, span, tokens);
            if (tokens.Count == 0) continue;
            var sentence = new Sentence(document.Sentences.Count, span, document.Text) { Tokens = tokens.ToArray() };
            document.Sentences.Add(sentence);
        }
    }

    // "WASHINGTON — The United States welcomed ...": the dateline is a segment of its own, so that the parser
    // reads the sentence after it as a sentence (with the dateline in front, the place becomes its subject).
    private static void SplitDateline(string text, List<CharSpan> spans)
    {
        if (!Dateline.TryFind(text, out var dateline, out _)) return;
        for (int i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            if (s.Start > dateline.Start || s.End <= dateline.End) continue;
            int cut = dateline.End;
            while (cut > dateline.Start && char.IsWhiteSpace(text[cut - 1])) cut--;
            spans[i] = new CharSpan(s.Start, cut);
            spans.Insert(i + 1, new CharSpan(dateline.End, s.End));
            return;
        }
    }
}
