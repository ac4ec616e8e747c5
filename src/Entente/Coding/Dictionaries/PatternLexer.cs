namespace Entente.Coding.Dictionaries;

/// <summary>
/// Splits pattern text into words and brackets. An underscore between two items joins them (the second
/// must directly follow the first); an underscore before a space or bracket marks the word as exact
/// (TABARI: no stem matching).
/// </summary>
internal static class PatternLexer
{
    internal readonly record struct Item(string Text, bool IsPunct, bool Exact, bool Adjacent);

    internal static List<Item> Lex(ReadOnlySpan<char> text)
    {
        var items = new List<Item>();
        var word = new System.Text.StringBuilder();
        bool pendingAdjacent = false, wordAdjacent = false;

        void Flush(bool exact)
        {
            if (word.Length == 0) return;
            items.Add(new Item(word.ToString(), false, exact, wordAdjacent));
            word.Clear();
        }

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { Flush(false); pendingAdjacent = false; continue; }
            if (c == '*')
            {
                Flush(false);
                items.Add(new Item("*", false, false, pendingAdjacent));
                pendingAdjacent = false;
                continue;
            }
            if (c is '(' or ')' or '{' or '}' or '|')
            {
                Flush(false);
                items.Add(new Item(c.ToString(), true, false, pendingAdjacent && c is '(' or '{'));
                pendingAdjacent = false;
                continue;
            }
            if (c == '_')
            {
                bool endsWord = i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is ')' or '}' or '|';
                if (endsWord) { Flush(exact: true); pendingAdjacent = false; }
                else if (word.Length > 0) { Flush(false); pendingAdjacent = true; }
                else pendingAdjacent = true; // "}_WORD": joins the word to the group before it
                continue;
            }
            if (word.Length == 0) { wordAdjacent = pendingAdjacent; pendingAdjacent = false; }
            // '~' is a TABARI matching hint we do not need; the word itself is what matters.
            if (c != '~') word.Append(char.ToUpperInvariant(c));
        }
        Flush(false);
        return items;
    }
}
