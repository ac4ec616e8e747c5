namespace Entente.Coding.Dictionaries;

/// <summary>
/// Regular English inflections of a listed verb or noun, so dictionaries of lemmas also find tokens that
/// arrive without a lemma (e.g. from a treebank parse). Over-generation is harmless: the forms are only
/// index keys.
/// </summary>
public static class EnglishInflection
{
    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';

    /// <summary>Third person, past and participle forms of an upper-case verb.</summary>
    public static IEnumerable<string> VerbForms(string verb)
    {
        if (verb.Length < 2 || !char.IsLetter(verb[^1])) yield break;
        char last = verb[^1], prev = verb[^2];
        // third person singular
        if (verb.EndsWith("S") || verb.EndsWith("X") || verb.EndsWith("Z") || verb.EndsWith("CH") || verb.EndsWith("SH")) yield return verb + "ES";
        else if (last == 'Y' && !IsVowel(prev)) yield return verb[..^1] + "IES";
        else yield return verb + "S";
        // past / participle and gerund
        if (last == 'E')
        {
            yield return verb + "D";
            yield return verb.EndsWith("EE") || verb.EndsWith("YE") || verb.EndsWith("OE") ? verb + "ING" : verb[..^1] + "ING";
        }
        else if (last == 'Y' && !IsVowel(prev))
        {
            yield return verb[..^1] + "IED";
            yield return verb + "ING";
        }
        else
        {
            yield return verb + "ED";
            yield return verb + "ING";
            // consonant doubling (STOP → STOPPED); both spellings are kept since stress is unknown
            if (!IsVowel(last) && last is not ('W' or 'X' or 'Y') && IsVowel(prev) && (verb.Length < 3 || !IsVowel(verb[^3])))
            {
                yield return verb + last + "ED";
                yield return verb + last + "ING";
            }
        }
    }

    /// <summary>Plural of an upper-case noun.</summary>
    public static string Plural(string noun)
    {
        if (noun.EndsWith("S") || noun.EndsWith("X") || noun.EndsWith("Z") || noun.EndsWith("CH") || noun.EndsWith("SH")) return noun + "ES";
        if (noun.Length > 1 && noun[^1] == 'Y' && !IsVowel(noun[^2])) return noun[..^1] + "IES";
        return noun + "S";
    }
}
