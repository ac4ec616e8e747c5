using System.Text.RegularExpressions;
using Entente.Model;

namespace Entente.Text;

/// <summary>
/// The dateline that opens a news story — <c>HANOI —</c>, <c>NEW DELHI, March 5 (Reuters) -</c> — names where the
/// story was filed, not an actor of its first sentence. Found at the start of the text or of its first lines.
/// </summary>
public static partial class Dateline
{
    // an upper-case place, an optional date after a comma, an optional agency in brackets, then a dash
    [GeneratedRegex(@"\G[ \t]*(?<place>[A-Z][A-Z'.]+(?:[ \-][A-Z][A-Z'.]+){0,3})(?:,[ \t]*[A-Z][A-Za-z.]{2,9}\.?[ \t]+\d{1,2})?[ \t]*(?:\([A-Za-z .&]{2,30}\)[ \t]*)?(?:—|–|--|-)[ \t]+(?=\S)")]
    private static partial Regex Pattern();

    /// <summary>The dateline's span (place to the dash and the space after it) and its place, if the text has one.</summary>
    public static bool TryFind(string text, out CharSpan span, out string place)
    {
        span = default;
        place = "";
        // the dateline opens the story: the first line, or the first line after a title
        int start = 0;
        for (int line = 0; line < 3 && start < text.Length; line++)
        {
            while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
            var m = Pattern().Match(text, start);
            if (m.Success && m.Groups["place"].Value.Count(char.IsLetter) >= 3)
            {
                span = new CharSpan(m.Index, m.Index + m.Length);
                place = m.Groups["place"].Value;
                return true;
            }
            int next = text.IndexOf('\n', start);
            if (next < 0) break;
            start = next + 1;
        }
        return false;
    }
}
