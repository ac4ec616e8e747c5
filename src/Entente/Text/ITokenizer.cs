using Entente.Model;

namespace Entente.Text;

/// <summary>Splits a span of text into tokens with offsets into the original text.</summary>
public interface ITokenizer
{
    /// <summary>Appends the tokens of <paramref name="text"/> within <paramref name="span"/> to <paramref name="tokens"/>.</summary>
    void Tokenize(string text, CharSpan span, List<Token> tokens);
}
