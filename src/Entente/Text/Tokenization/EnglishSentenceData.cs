namespace Entente.Text.Tokenization;

/// <summary>Language data for sentence splitting, kept apart from the algorithm.</summary>
internal static class EnglishSentenceData
{
    /// <summary>Words that almost always open a sentence when capitalised after an abbreviation.</summary>
    public static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "The", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those", "But", "And", "In", "On",
        "A", "An", "There", "His", "Her", "Their", "Its", "Our", "My", "If", "When", "As", "After", "However",
        "Meanwhile", "Officials", "You", "What", "Why", "How", "Who", "So", "Then", "Also", "At", "For",
    };

    /// <summary>Abbreviations that precede a name and so never end a sentence.</summary>
    public static readonly HashSet<string> TitleAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Gen.", "Gov.", "Sen.", "Rep.", "Rev.", "Lt.", "Col.", "Maj.",
        "Capt.", "Sgt.", "Adm.", "Pres.", "Hon.", "Mt.", "No.", "vs.", "Fr.", "Messrs.",
    };

    /// <summary>Postscript marks: in EWT they lead into the sentence they introduce ("P.S. I am moving").</summary>
    public static readonly HashSet<string> Postscripts = new(StringComparer.OrdinalIgnoreCase) { "P.S.", "PS.", "P.S", "PS" };

    /// <summary>Capitalised personal titles, which lead into a name and so never end a sentence (case-sensitive: "rep." may).</summary>
    public static readonly HashSet<string> PersonalTitles = new(StringComparer.Ordinal)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Gov.", "Sen.", "Rep.", "Rev.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.",
        "Adm.", "Pres.", "Hon.", "Messrs.",
    };

    /// <summary>Names spelled with an exclamation mark, which then does not end a sentence ("Yahoo! Messenger").</summary>
    public static readonly HashSet<string> ExclaimedNames = new(StringComparer.OrdinalIgnoreCase) { "Yahoo", "Jeopardy" };
}
