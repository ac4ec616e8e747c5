using Entente.Analysis.Treaties;
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
            // After the actor (and coding) stages once they are in: it reads Document.Actors for parties.
            new TreatyPipe(),
        };
        return new DocumentPipeline(pipes);
    }
}
