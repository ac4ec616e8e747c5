using System.Text.RegularExpressions;
using Entente.Model;

namespace Entente.Tests.Analysis;

/// <summary>
/// Builds documents for treaty tests without the NLP stages: a regex tokenizer and sentence splitter,
/// and actor mentions found from a small name → code list (as the actor stage would give them).
/// </summary>
public static class TreatyDocs
{
    private static readonly Regex Word = new(@"\w+(?:[-–]\w+)*|['’]s\b|n't\b|[^\s\w]");
    private static readonly Regex SentenceEnd = new(@"(?<=[.!?][""”]?)\s+(?=[A-Z""“])");

    public static readonly Dictionary<string, string> Names = new()
    {
        ["India"] = "IND", ["Vietnam"] = "VNM", ["China"] = "CHN", ["Russia"] = "RUS", ["United States"] = "USA", ["Thailand"] = "THA",
        ["Cambodia"] = "KHM", ["European Union"] = "IGOEU", ["Iran"] = "IRN", ["North Korea"] = "PRK", ["Japan"] = "JPN",
    };

    public static Document Make(string text, DateOnly? published = null)
    {
        var doc = new Document(new DocumentMetadata { Id = "t.txt", Published = published }, text);
        int start = 0, index = 0;
        foreach (var part in SentenceEnd.Split(text))
        {
            int at = text.IndexOf(part, start, StringComparison.Ordinal);
            var s = new Sentence(index++, new CharSpan(at, at + part.Length), text);
            s.Tokens = Word.Matches(part).Select(m => new Token(m.Value, at + m.Index, at + m.Index + m.Length)).ToArray();
            doc.Sentences.Add(s);
            start = at + part.Length;
        }
        foreach (var s in doc.Sentences)
            for (int i = 0; i < s.Tokens.Length; i++)
                foreach (var (name, code) in Names)
                {
                    var words = name.Split(' ');
                    if (i + words.Length > s.Tokens.Length || !words.Select((w, k) => s.Tokens[i + k].Text == w).All(x => x)) continue;
                    var span = new CharSpan(s.Tokens[i].Start, s.Tokens[i + words.Length - 1].End);
                    doc.Actors.Add(new ActorMention(s.Index, i, words.Length, span, name, new ActorRef(new ActorCode(code), name, code, name), "test"));
                }
        return doc;
    }
}
