using Entente.Pipeline;
using Entente.Text.Entities;
using Entente.Text.Lemmas;
using Entente.Text.Tagging;
using Entente.Text.Tokenization;

namespace Entente.Text;

/// <summary>
/// The standard English text pipes in order: segmentation, then tagging and lemmatisation, then
/// entities. The dependency parser goes between <see cref="Tagging"/> and <see cref="Entities"/>.
/// </summary>
public static class TextPipeline
{
    /// <summary>Sentence splitting (learned, <see cref="TextModels.SentenceSplitter"/>) and tokenization.</summary>
    public static IPipe[] Segmentation() => [new SegmentationPipe(TextModels.SentenceSplitter, TextModels.Tokenizer)];

    /// <summary>POS tagging and lemmatisation.</summary>
    public static IPipe[] Tagging() => [new TaggerPipe(), new LemmatizerPipe()];

    /// <summary>Named and numeric entities.</summary>
    public static IPipe[] Entities() => [new EntityPipe()];
}
