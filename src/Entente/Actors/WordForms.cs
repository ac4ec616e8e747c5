using System.Globalization;
using System.Text;

namespace Entente.Actors;

/// <summary>
/// The comparison form of words shared by dictionaries and text: case is ignored by the index's
/// comparer; diacritics and typographic apostrophes are folded here ("Élysée" = "Elysee").
/// </summary>
public static class WordForms
{
    /// <summary>True when <paramref name="word"/> needs <see cref="Fold"/> (has a non-ASCII character).</summary>
    public static bool NeedsFolding(ReadOnlySpan<char> word)
    {
        foreach (char c in word) if (c > 127) return true;
        return false;
    }

    /// <summary>Removes diacritics and maps typographic quotes and dashes to ASCII.</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (char c in word.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02BC' => '\'',
                '\u2010' or '\u2011' or '\u2013' or '\u2014' => '-',
                'ı' => 'i',
                'ø' => 'o',
                'Ø' => 'O',
                'ß' => 's',
                'đ' => 'd',
                'Đ' => 'D',
                'ł' => 'l',
                'Ł' => 'L',
                _ => c,
            });
        }
        return sb.ToString();
    }

    /// <summary>
    /// Splits a dictionary phrase into the words a tokenizer would produce: on underscores and
    /// spaces, with a possessive <c>'s</c>, commas and brackets as words of their own. A phrase with
    /// hyphenated words is returned twice, joined and split at the hyphens, since tokenizers differ.
    /// </summary>
    public static IEnumerable<string[]> SplitPhrase(string phrase)
    {
        if (phrase.AsSpan().IndexOfAny("(),;'\u2019-") < 0)
        {
            // The common case: plain words.
            var plain = phrase.Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (plain.Length > 0) yield return plain;
            yield break;
        }
        var words = new List<string>();
        foreach (var raw in phrase.Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw;
            while (w.Length > 1 && w[0] == '(') { words.Add("("); w = w[1..]; }
            var tail = new List<string>();
            while (w.Length > 1 && (w[^1] is ',' or ')' or ';')) { tail.Insert(0, w[^1].ToString()); w = w[..^1]; }
            if (w.Length > 2 && (w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase)))
            {
                words.Add(w[..^2]);
                words.Add("'s");
            }
            else if (w.Length > 0) words.Add(w);
            words.AddRange(tail);
        }
        if (words.Count == 0) yield break;
        yield return words.ToArray();
        if (words.Exists(w => w.Length > 1 && w.Contains('-') && w.Trim('-').Length > 0))
        {
            var split = new List<string>();
            foreach (var w in words)
            {
                if (w.Length <= 1 || !w.Contains('-')) { split.Add(w); continue; }
                var parts = w.Split('-');
                for (int i = 0; i < parts.Length; i++)
                {
                    if (i > 0) split.Add("-");
                    if (parts[i].Length > 0) split.Add(parts[i]);
                }
            }
            yield return split.ToArray();
        }
    }
}
