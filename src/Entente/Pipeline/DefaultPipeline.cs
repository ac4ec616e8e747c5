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
        };
        // Event coding reads the parse and the resolved actors; it codes nothing until those stages run before it.
        pipes.Add(Coding.EventCoderPipe.Create(options.VerbFiles));
        return new DocumentPipeline(pipes);
    }
}
