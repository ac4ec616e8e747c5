using Entente.Pipeline;
using Entente.Text.Tagging;
using Entente.Text.Tokenization;

namespace Entente.Text;

/// <summary>
/// The standard English text pipes in order: segmentation, then tagging and lemmatisation, then
/// entities. The dependency parser goes between <see cref="Tagging"/> and <see cref="Entities"/>.
/// </summary>
public static class TextPipeline
{
    /// <summary>Sentence splitting and tokenization.</summary>
    public static IPipe[] Segmentation()
    {
        var tokenizer = new RuleTokenizer();
        return [new SegmentationPipe(new RuleSentenceSplitter(tokenizer), tokenizer)];
    }

    /// <summary>POS tagging and lemmatisation.</summary>
    public static IPipe[] Tagging() => [new TaggerPipe()];

    /// <summary>Named and numeric entities.</summary>
    public static IPipe[] Entities() => [];
}
