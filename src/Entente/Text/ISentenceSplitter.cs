using Entente.Model;

namespace Entente.Text;

/// <summary>Finds sentence boundaries in a text.</summary>
public interface ISentenceSplitter
{
    /// <summary>Appends the spans of the sentences of <paramref name="text"/> to <paramref name="spans"/>, in order.</summary>
    void Split(string text, List<CharSpan> spans);
}
