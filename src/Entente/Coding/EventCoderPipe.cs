using Entente.Coding.Engine;
using Entente.Coding.Ontology;
using Entente.Model;
using Entente.Pipeline;

namespace Entente.Coding;

/// <summary>
/// The coding stage: codes every parsed sentence of a document with its resolved actors
/// (<see cref="Document.Actors"/>) and adds <see cref="EventMention"/>s to <see cref="Document.Events"/>,
/// with the CAMEO code's Goldstein score and PLOVER type. Codes that are not CAMEO codes of the ontology
/// (older WEIS codes of peer validation dictionaries) are skipped here; <see cref="EventCoder"/> reports them.
/// Thread-safe: it holds only immutable dictionaries and tables.
/// </summary>
public sealed class EventCoderPipe : IPipe
{
    private readonly EventCoder _coder;
    private readonly CameoOntology _ontology;

    /// <inheritdoc/>
    public string Name => "events";

    /// <summary>The coder in use.</summary>
    public EventCoder Coder => _coder;

    /// <summary>Creates the stage over a coder and the ontology (default: the shipped one).</summary>
    public EventCoderPipe(EventCoder coder, CameoOntology? ontology = null)
    {
        _coder = coder;
        _ontology = ontology ?? CameoOntology.Default;
    }

    /// <summary>
    /// Creates the stage with our own verb dictionary plus extra dictionary files (TABARI <c>.verbs</c> or
    /// PETRARCH format, as <c>--verbs FILE</c> names them); the extra files are consulted first.
    /// </summary>
    public static EventCoderPipe Create(IEnumerable<string>? extraVerbFiles = null, EventCoderOptions? options = null)
    {
        var dicts = (extraVerbFiles ?? []).Select(Dictionaries.VerbDictionaryLoader.Load).ToList();
        dicts.Add(Dictionaries.VerbDictionaryLoader.LoadDefault());
        return new EventCoderPipe(new EventCoder(dicts, options));
    }

    /// <inheritdoc/>
    public void Process(Document document)
    {
        var bySentence = new Dictionary<int, List<CodingActor>>();
        foreach (var m in document.Actors)
        {
            if (m.Actor is null) continue;
            if (!bySentence.TryGetValue(m.Sentence, out var list)) bySentence[m.Sentence] = list = [];
            list.Add(new CodingActor(m.FirstToken, m.TokenCount, m.Actor));
        }
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Tokens.Length == 0) continue;
            var actors = bySentence.TryGetValue(sentence.Index, out var a) ? a : (IReadOnlyList<CodingActor>)[];
            var result = _coder.Code(sentence.Tokens, actors);
            int ordinal = 0;
            foreach (var e in result.Events)
            {
                if (ToMention(document, sentence, e, ordinal) is { } mention)
                {
                    document.Events.Add(mention);
                    ordinal++;
                }
            }
        }
    }

    /// <summary>Turns a coded event into the document's event record, or null when its code is not CAMEO.</summary>
    public EventMention? ToMention(Document document, Sentence sentence, CodedEvent e, int ordinal)
    {
        if (!CameoCode.TryParse(e.Code, out var code) || !_ontology.TryGet(code.Value, out var entry)) return null;
        var tokens = sentence.Tokens;
        var span = new CharSpan(tokens[e.FirstToken].Start, tokens[e.LastToken].End);
        return new EventMention
        {
            Id = $"{document.Id}#{sentence.Index}.{ordinal}",
            Sentence = sentence.Index,
            Span = span,
            Trigger = e.Trigger >= 0 && e.Trigger < tokens.Length ? new CharSpan(tokens[e.Trigger].Start, tokens[e.Trigger].End) : null,
            Actor1 = e.Source,
            Actor2 = e.Target,
            Cameo = code,
            Goldstein = entry.Goldstein,
            Plover = entry.Plover,
            Modality = e.Modality,
            Confidence = e.Confidence,
            Date = document.Meta.Published is { } d ? EventDate.OfDay(d) : EventDate.Unknown,
            Pattern = e.Pattern,
            Speaker = e.Speaker,
        };
    }
}
