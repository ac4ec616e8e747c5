using Entente.Model;

namespace Entente.Coding.Shallow;

/// <summary>
/// TABARI-compatible shallow coder: codes sentences (tokens from our tokenizer) with TABARI dictionaries the way
/// TABARI's documented parser does — the first coded verb of each clause, its longest matching pattern, the
/// source as the first actor before the verb, the target as the first actor after it with a different code,
/// passive voice by auxiliary and BY, paired codes, compounds, pronoun references, comma clauses and the
/// complexity filter. It exists so that dictionaries written for TABARI's reading of a sentence code as their
/// authors meant; Entente's own dictionaries are coded over the dependency parse by <see cref="Engine.EventCoder"/>.
/// Immutable; safe to share between threads.
/// </summary>
public sealed partial class ShallowCoder
{
    private readonly ShallowLexicon _lexicon;

    /// <summary>Creates a coder over a lexicon.</summary>
    public ShallowCoder(ShallowLexicon lexicon) => _lexicon = lexicon;

    /// <summary>Codes the sentences of one text (a TABARI record or a document) at <paramref name="date"/>.</summary>
    /// <param name="sentences">Tokens of each sentence, in order.</param>
    /// <param name="date">The text's date, for dated actor codes.</param>
    /// <param name="settings">The switches in force.</param>
    /// <param name="carried">In: the first actor of the text before (for <c>FORWARD</c>); out: this text's last first actor.</param>
    public ShallowResult Code(IReadOnlyList<Token[]> sentences, DateOnly? date, ShallowSettings settings, ShallowCarry? carried = null)
    {
        bool allCaps = !sentences.Any(s => s.Any(t => t.Text.Any(char.IsLower)));
        var events = new List<ShallowEvent>();
        ShallowUnit? previous = carried?.FirstActor;
        int words = 0;
        var parsed = new List<ShallowSentence>(sentences.Count);
        var reading = new List<string>();
        foreach (var tokens in sentences)
        {
            var s = new ShallowSentence(tokens, _lexicon, settings, date, allCaps);
            if (s.Discard) return new ShallowResult([], true, false);
            parsed.Add(s);
            words += s.Words.Length;
        }
        if (settings.MinimumWords > 0 && words < settings.MinimumWords)
            return new ShallowResult([], false, false, $"{words} words, fewer than MINIMUM WORDS {settings.MinimumWords}");
        for (int k = 0; k < parsed.Count; k++)
        {
            var s = parsed[k];
            s.RemoveCommaClauses();
            s.ResolvePronouns(previous);
            reading.Add(s.Describe());
            if (s.CheckComplexity()) return new ShallowResult([], false, true, s.ComplexReason) { Reading = reading };
            var found = CodeSentence(s, k, sentences[k], settings, out bool discard, out bool complex);
            if (discard) return new ShallowResult([], true, false);
            if (complex) return new ShallowResult([], false, true, "complex pattern") { Reading = reading };
            if (settings.NonEvents is { } mode)
            {
                // a sentence with actors but no event: "***" from its first actor to the next one with another code
                if (found.Count == 0 && NonEvent(s, k) is { } nonEvent) found.Add(nonEvent);
                else if (mode == "ONLY") found.Clear();
            }
            events.AddRange(found);
            var first = s.Units.Find(u => !u.IsPronoun) ?? s.Units.FirstOrDefault();
            if (first is not null) previous = first;
        }
        if (carried is not null) carried.FirstActor = previous;
        if (settings.ComplexNoEvent && events.Count == 0) return new ShallowResult([], false, true, "no event") { Reading = reading };
        return new ShallowResult(events, false, false) { Reading = reading };
    }

    // TABARI's nonevent: the first actor (the first code of a compound) and the next actor outside it with another code.
    private static ShallowEvent? NonEvent(ShallowSentence s, int sentence)
    {
        var live = s.Units.Where(u => !s.Words[u.Start].Removed).ToList();
        if (live.Count < 2) return null;
        var source = live[0];
        string code = source.Codes[0];
        foreach (var u in live.Skip(1))
        {
            if (u.Start <= source.End) continue;
            var other = u.Codes.FirstOrDefault(c => c != code);
            if (other is not null) return new ShallowEvent(code, other, "***", sentence, s.Words[source.Start].Token, "nonevent");
        }
        return null;
    }
}

/// <summary>What one text hands the next for pronoun forwarding: its first actor.</summary>
public sealed class ShallowCarry
{
    internal ShallowUnit? FirstActor { get; set; }
}
