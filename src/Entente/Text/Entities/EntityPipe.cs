using Entente.Model;
using Entente.Pipeline;

namespace Entente.Text.Entities;

/// <summary>
/// Finds PER/ORG/LOC entities with the statistical recognizer and DATE/MONEY/PERCENT/CARDINAL
/// with rules, filling <see cref="Sentence.Entities"/> and <see cref="Token.EntityTag"/> (IOB2).
/// Runs after the tagger (the recognizer uses XPOS).
/// </summary>
public sealed class EntityPipe : IPipe
{
    private readonly EntityRecognizer? _recognizer;
    private readonly IEntityGazetteer? _gazetteer;
    private readonly NumericEntityRecognizer _numeric = new();

    /// <summary>Creates the pipe with the shipped model and its own names list.</summary>
    public EntityPipe() { }

    /// <summary>Creates the pipe with a given model and optionally another gazetteer (e.g. built from the actor dictionary).</summary>
    public EntityPipe(EntityRecognizer recognizer, IEntityGazetteer? gazetteer = null)
    {
        _recognizer = recognizer;
        _gazetteer = gazetteer;
    }

    /// <summary>Creates the pipe with the shipped model and another gazetteer.</summary>
    public EntityPipe(IEntityGazetteer gazetteer) => _gazetteer = gazetteer;

    /// <inheritdoc/>
    public string Name => "entities";

    private static readonly Dictionary<string, (string, string)> KnownTags =
        new[] { "PER", "ORG", "LOC", "DATE", "MONEY", "PERCENT", "CARDINAL" }.ToDictionary(t => t, t => ("B-" + t, "I-" + t));

    /// <summary>The IOB2 tags of a type, shared strings for the known types.</summary>
    private static (string Begin, string Inside) TagsOf(string type) =>
        KnownTags.TryGetValue(type, out var tags) ? tags : ("B-" + type, "I-" + type);

    /// <inheritdoc/>
    public void Process(Document document)
    {
        var ner = _recognizer ?? TextModels.Entities;
        var spans = new List<EntitySpan>();
        var sentences = document.Sentences;
        var allWords = new List<string[]>(sentences.Count);
        var allXpos = new List<string[]>(sentences.Count);
        var allLabels = new List<int[]>(sentences.Count);
        foreach (var s in sentences)
        {
            var tokens = s.Tokens;
            int n = tokens.Length;
            var words = new string[n];
            var xpos = new string[n];
            for (int i = 0; i < n; i++) { words[i] = tokens[i].Text; xpos[i] = tokens[i].Xpos ?? "_"; }
            allWords.Add(words); allXpos.Add(xpos); allLabels.Add(new int[n]);
        }
        // The whole document at once: the second pass reads what the first said about each name elsewhere in it.
        ner.RecognizeDocument(allWords, allXpos, allLabels, _gazetteer);
        for (int si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            var tokens = s.Tokens;
            int n = tokens.Length;
            if (n == 0) continue;
            var labels = allLabels[si];
            var tags = new string[n];
            for (int i = 0; i < n; i++) tags[i] = ner.Labels.ToIob2(labels[i]);
            spans.Clear();
            spans.AddRange(EntitySpans.FromIob2(tags));
            var taken = new bool[n];
            foreach (var e in spans) for (int k = e.Start; k < e.Start + e.Length; k++) taken[k] = true;
            _numeric.Find(tokens, taken, spans);
            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
            s.Entities.Clear();
            for (int i = 0; i < n; i++) tokens[i].EntityTag = "O";
            foreach (var e in spans)
            {
                var span = new CharSpan(tokens[e.Start].Start, tokens[e.Start + e.Length - 1].End);
                s.Entities.Add(new EntityMention(e.Type, e.Start, e.Length, span, document.Text.Substring(span.Start, span.Length)));
                var (begin, inside) = TagsOf(e.Type);
                for (int k = e.Start; k < e.Start + e.Length; k++) tokens[k].EntityTag = k == e.Start ? begin : inside;
            }
        }
    }
}
