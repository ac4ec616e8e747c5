using Entente.Actors;
using Entente.Claims.Amounts;
using Entente.Claims.Quotes;
using Entente.Claims.Time;
using Entente.Actors.Dictionaries;
using Entente.Analysis.Treaties;
using Entente.Text;
using Entente.Text.Parsing;

namespace Entente.Pipeline;

/// <summary>
/// Builds the standard pipeline in stage order: segmentation, tagging and lemmas, dependency parse,
/// entities, actors, then the later stages. Models and dictionaries load once per process.
/// </summary>
public static class DefaultPipeline
{
    /// <summary>Creates the default pipeline for the given options.</summary>
    public static DocumentPipeline Create(PipelineOptions? options = null)
    {
        options ??= new PipelineOptions();
        TextModels.Preload();
        var pipes = new List<IPipe>();
        pipes.AddRange(TextPipeline.Segmentation());
        pipes.AddRange(TextPipeline.Tagging());
        pipes.Add(new ParserPipe());
        pipes.AddRange(TextPipeline.Entities());
        pipes.Add(new ActorPipe(options.Actors ?? ActorDictionaryLoader.Load(options.ActorFiles)));
        // Treaties read the actors (parties) and, when present, lemmas, tags and the parse.
        pipes.Add(new TreatyPipe());
        pipes.Add(Coding.EventCoderPipe.Create(options.VerbFiles));
        pipes.Add(new TemporalPipe());
        pipes.Add(new AmountPipe());
        pipes.Add(new QuotationPipe());
        return new DocumentPipeline(pipes);
    }
}
