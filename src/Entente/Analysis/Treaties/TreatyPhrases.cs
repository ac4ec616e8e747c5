using Entente.Model;

namespace Entente.Analysis.Treaties;

/// <summary>
/// Finds instrument phrases in a sentence: an instrument noun, the modifiers before it (capitalised
/// names, years, known modifier words, hyphenated compounds, and adjectives or nouns when tagged) and
/// an "of ..." or "on ..." complement that belongs to the name.
/// </summary>
public static class TreatyPhrases
{
    /// <summary>The phrases of <paramref name="sentence"/> in order.</summary>
    public static List<TreatyPhrase> Find(Sentence sentence, string documentText)
    {
        var tokens = sentence.Tokens;
        var found = new List<TreatyPhrase>();
        for (int h = 0; h < tokens.Length; h++)
        {
            if (!IsHead(tokens, h, out var kind)) continue;
            int first = h;
            while (first > 0 && IsModifier(tokens, first - 1, h)) first--;
            int last = h;
            if (h + 2 < tokens.Length && Lower(tokens[h + 1]) == "of" && (Lower(tokens[h + 2]) == "understanding" || IsCapitalised(tokens[h + 2])))
            {
                last = h + 2;
                while (last + 1 < tokens.Length && (IsCapitalised(tokens[last + 1]) || Lower(tokens[last + 1]) is "and" or "of" && last + 2 < tokens.Length && IsCapitalised(tokens[last + 2]))) last++;
            }
            if (last + 2 < tokens.Length && Lower(tokens[last + 1]) == "on" && TreatyLexicon.Modifiers.Contains(Lower(tokens[last + 2])) && kind != TreatyKind.Sanctions)
            {
                last += 2;
                while (last + 1 < tokens.Length && TreatyLexicon.Modifiers.Contains(Lower(tokens[last + 1]))) last++;
            }
            string? det = first > 0 && (TreatyLexicon.Definite.Contains(Lower(tokens[first - 1])) || TreatyLexicon.Indefinite.Contains(Lower(tokens[first - 1])))
                ? Lower(tokens[first - 1]) : null;
            int? year = null;
            var descriptors = new List<string>();
            for (int i = first; i <= last; i++)
            {
                if (i == h) continue;
                string w = Lower(tokens[i]);
                if (w.Length == 4 && int.TryParse(w, out int y) && y is >= 1800 and <= 2100) year = y;
                else if (w.Any(char.IsLetter)) descriptors.Add(w);
            }
            var span = new CharSpan(tokens[first].Start, tokens[last].End);
            string name = string.Join(' ', documentText.Substring(span.Start, span.Length).Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
            bool plural = Lower(tokens[h]).EndsWith('s') && kind != TreatyKind.Sanctions;
            found.Add(new TreatyPhrase(first, h, last, kind, name, IsCapitalised(tokens[h]) && h > 0, det, plural, year, descriptors, span));
            h = last;
        }
        return found;
    }

    private static bool IsHead(Token[] tokens, int h, out TreatyKind kind)
    {
        string w = Lower(tokens[h]);
        if (TreatyLexicon.Nouns.TryGetValue(w, out kind))
        {
            // "deal with", "in agreement", verbs tagged as such: not instruments.
            if (tokens[h].Upos is "VERB" or "AUX") return false;
            if (w is "deal" or "deals" && h + 1 < tokens.Length && Lower(tokens[h + 1]) == "with") return false;
            if (w is "agreement" && h > 0 && Lower(tokens[h - 1]) is "in" or "broad") return false;
            return true;
        }
        if (w is "statement" or "statements")
        {
            for (int i = Math.Max(0, h - 3); i < h; i++)
                if (Lower(tokens[i]) == "joint") { kind = TreatyKind.Declaration; return true; }
        }
        return false;
    }

    private static bool IsModifier(Token[] tokens, int i, int head)
    {
        var t = tokens[i];
        string w = Lower(t);
        // Hyphen-joined pieces belong together whatever the tokenizer did: "arms" "-for" "-technology".
        if (w.Length > 1 && (w[0] is '-' or '–') && w.Skip(1).Any(char.IsLetter)) return true;
        if (i + 1 < head && tokens[i + 1].Text.Length > 0 && tokens[i + 1].Text[0] is '-' or '–' && w.All(char.IsLetter)) return true;
        if (TreatyLexicon.Definite.Contains(w) || TreatyLexicon.Indefinite.Contains(w) && w != "new") return false;
        if (w is "'s" or "’s" or "of" or "and" or "or" or "on" or "in" or "by" or "with" or "to" or "for" or "between") return false;
        if (w.Length == 4 && w.All(char.IsDigit)) return true;
        if (TreatyLexicon.Modifiers.Contains(w)) return true;
        if (w is "-" or "–" or "‑") return i > 0;
        if (w.Contains('-') || w.Contains('–')) return w.Any(char.IsLetter);
        // A word joined by a hyphen token to the phrase ("arms - for - technology").
        if (i + 1 < head && Lower(tokens[i + 1]) is "-" or "–" && w.All(char.IsLetter)) return true;
        if (t.Upos is "ADJ" or "PROPN" or "NOUN" or "NUM") return t.Upos != "NOUN" || !TreatyLexicon.Nouns.ContainsKey(w);
        // Capitalised words are names unless they open the sentence as an ordinary word.
        return IsCapitalised(t) && (i > 0 || tokens.Length > head && IsCapitalised(tokens[Math.Min(i + 1, head)]));
    }

    internal static bool IsCapitalised(Token t) => t.Text.Length > 0 && char.IsUpper(t.Text[0]);

    internal static string Lower(Token t) => t.Text.ToLowerInvariant();
}
