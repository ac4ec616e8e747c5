using Entente.Model;

namespace Entente.Text;

/// <summary>Finds sentence boundaries in a text.</summary>
public interface ISentenceSplitter
{
    /// <summary>Appends the spans of the sentences of <paramref name="text"/> to <paramref name="spans"/>, in order.</summary>
    void Split(string text, List<CharSpan> spans);

    /// <summary>
    /// Splits, and may also append each sentence's tokens to <paramref name="sentenceTokens"/> when the splitter had to
    /// tokenize to decide; a splitter that does not leaves it empty and the caller tokenizes.
    /// </summary>
    void Split(string text, List<CharSpan> spans, List<Token[]> sentenceTokens) => Split(text, spans);
}
