namespace Entente.Text.Entities;

/// <summary>
/// Gives names typed in lower case back their capitals before the recognizer reads them ("i m traveling
/// to lourdes for a day" → "Lourdes"): the recognizer learned names mostly from their capitals, and UNER's
/// web text types names in lower case far more often in dev and test (6-8% of entities) than in train
/// (1.7%), so it cannot learn them from the training text. How a large word list writes a word and the
/// name lists know better. Three rules:
/// <list type="bullet">
/// <item>a lower-case word that the word list has only capitalised (or only in capitals) is written so
/// ("florida", "lisa"; "usa" → "USA");</item>
/// <item>a name from the name lists that has a word the word list lacks in lower case is capitalised whole
/// ("san francisco", "greater noida"); names made only of common words ("new", "bay") stay as typed;</item>
/// <item>in a sentence typed without capitals (<see cref="IsCaseless"/>), a lower-case word of three or more
/// letters that the word list lacks ("kollam", "famoso") is capitalised. Elsewhere such a word is more often a
/// misspelling, and the writer's own capitals already mark the names.</item>
/// </list>
/// Restoring the capitals of the training text as well was tried and lost (see the model card): the
/// recognizer is trained on the text as typed. Immutable; safe to share across threads.
/// </summary>
public sealed class Truecaser
{
    /// <summary>Shortest unlisted word capitalised in a caseless sentence.</summary>
    public const int MinUnlistedLength = 3;

    private readonly WordListCase _wordList;

    /// <summary>Creates a truecaser over how a word list writes words.</summary>
    public Truecaser(WordListCase wordList) => _wordList = wordList;

    /// <summary>
    /// Whether the sentence has letters but no capital beyond its first letter and the pronoun "I": the
    /// writer did not use case, so the absence of capitals says nothing about names. Not
    /// <see cref="EntityFeatures.Casing"/>'s 'l', a feature the perceptrons were trained on: that one counts "I" as a
    /// capital and looks only at first letters (on dev both give the same F1, 78.03).
    /// </summary>
    public static bool IsCaseless(ReadOnlySpan<string> words)
    {
        bool letters = false;
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w == "I") continue;
            for (int k = i == 0 ? 1 : 0; k < w.Length; k++)
            {
                if (char.IsUpper(w[k])) return false;
                letters |= char.IsLetter(w[k]);
            }
        }
        return letters;
    }

    /// <summary>
    /// The sentence with capitals restored, or null when no word changes (so nothing is allocated).
    /// </summary>
    /// <param name="words">The words as typed.</param>
    /// <param name="names">Hits of one name list per word (names match case-insensitively, so the hits hold for the restored words).</param>
    /// <param name="moreNames">Hits of another name list per word.</param>
    public string[]? Restore(ReadOnlySpan<string> words, ReadOnlySpan<GazetteerHit> names, ReadOnlySpan<GazetteerHit> moreNames)
    {
        if (_wordList.Count == 0 || words.Length == 0) return null;
        // Each word's flags, looked up once. The rules read them only for words typed in lower case and words of
        // a name hit; the rest (most capitalised words, punctuation) are not looked up.
        var pool = System.Buffers.ArrayPool<byte>.Shared;
        byte[]? rented = words.Length > 256 ? pool.Rent(words.Length) : null;
        Span<byte> flags = rented is null ? stackalloc byte[words.Length] : rented.AsSpan(0, words.Length);
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i];
            bool read = (w.Length > 0 && char.IsLower(w[0])) || (i < names.Length && names[i].Type is not null)
                        || (i < moreNames.Length && moreNames[i].Type is not null);
            flags[i] = read ? _wordList.Of(w) : (byte)0;
        }
        string[]? result = null;
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i];
            byte f = flags[i];
            if (w.Length == 0 || !char.IsLower(w[0]) || (f & WordListCase.Lower) != 0) continue;
            if ((f & WordListCase.Capitalised) != 0) (result ??= words.ToArray())[i] = Capitalise(w);
            else if ((f & WordListCase.Capitals) != 0) (result ??= words.ToArray())[i] = w.ToUpperInvariant();
        }
        CapitaliseNames(words, flags, names, ref result);
        CapitaliseNames(words, flags, moreNames, ref result);
        if (IsCaseless(words))
            for (int i = 0; i < words.Length; i++)
            {
                var w = words[i];
                if (w.Length >= MinUnlistedLength && flags[i] == 0 && IsLowerWord(w) && (result is null || ReferenceEquals(result[i], w)))
                    (result ??= words.ToArray())[i] = Capitalise(w);
            }
        if (rented is not null) pool.Return(rented);
        return result;
    }

    private static void CapitaliseNames(ReadOnlySpan<string> words, ReadOnlySpan<byte> flags, ReadOnlySpan<GazetteerHit> hits, ref string[]? result)
    {
        for (int i = 0; i < words.Length && i < hits.Length;)
        {
            if (hits[i].Type is null) { i++; continue; }
            int end = i + 1;
            while (end < words.Length && end < hits.Length && hits[end].Type is not null && !hits[end].Begins) end++;
            bool named = false, lower = false;
            for (int k = i; k < end; k++)
            {
                named |= (flags[k] & WordListCase.Lower) == 0;
                lower |= words[k].Length > 0 && char.IsLower(words[k][0]);
            }
            if (named && lower)
                for (int k = i; k < end; k++)
                {
                    var w = words[k];
                    if (w.Length > 0 && char.IsLower(w[0]) && (result is null || ReferenceEquals(result[k], w)))
                        (result ??= words.ToArray())[k] = Capitalise(w);
                }
            i = end;
        }
    }

    private static bool IsLowerWord(string w)
    {
        foreach (char c in w) if (!char.IsLower(c)) return false;
        return true;
    }

    private static string Capitalise(string w) => string.Create(w.Length, w, (span, s) =>
    {
        s.AsSpan().CopyTo(span);
        span[0] = char.ToUpperInvariant(span[0]);
    });
}
