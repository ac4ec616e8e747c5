using Entente.Claims.Amounts;
using Entente.Claims.Quotes;
using Entente.Claims.Time;
using Entente.Text;
using Entente.Text.Segmentation;

namespace Entente.Pipeline;

/// <summary>Builds the standard pipeline: segmentation, then the later stages as they are available.</summary>
public static class DefaultPipeline
{
    /// <summary>Creates the default pipeline for the given options.</summary>
    public static DocumentPipeline Create(PipelineOptions? options = null)
    {
        options ??= new PipelineOptions();
        var pipes = new List<IPipe>
        {
            new SegmentationPipe(new RuleSentenceSplitter(), new RuleTokenizer()),
            // Claims run last: they read events (coding), actors and entities when present.
            new TemporalPipe(),
            new AmountPipe(),
            new QuotationPipe(),
        };
        return new DocumentPipeline(pipes);
    }
}
