using Entente.Pipeline;
using Entente.Text;
using Entente.Text.Parsing;

namespace Entente.Cli.Commands;

/// <summary>
/// The pipeline the coding commands run: the default pipeline, with the text stages the coder needs
/// (segmentation, tagging, lemmas, parsing) put in front when the default pipeline does not run them yet.
/// </summary>
public static class CodingPipeline
{
    private static readonly string[] TextStages = ["segment", "tagger", "lemmatizer", "parser"];

    /// <summary>Creates the pipeline; <paramref name="coding"/> false leaves out the actor and event stages.</summary>
    public static DocumentPipeline Create(PipelineOptions options, bool coding = true)
    {
        var defaults = DefaultPipeline.Create(options).Pipes;
        var pipes = new List<IPipe>();
        if (!defaults.Any(p => p.Name == "parser"))
        {
            pipes.AddRange(TextPipeline.Segmentation());
            pipes.AddRange(TextPipeline.Tagging());
            pipes.Add(new ParserPipe());
            pipes.AddRange(defaults.Where(p => !TextStages.Contains(p.Name)));
        }
        else pipes.AddRange(defaults);
        if (!coding) pipes.RemoveAll(p => p.Name is "actors" or "events");
        return new DocumentPipeline(pipes);
    }
}
