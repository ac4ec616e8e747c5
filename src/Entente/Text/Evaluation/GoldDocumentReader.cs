using System.Text;
using Entente.Model;
using Entente.Text.Corpora;

namespace Entente.Text.Evaluation;

/// <summary>
/// Turns a CoNLL-U treebank into raw-text <see cref="GoldDocument"/>s using the <c># text</c> of each
/// sentence and the <c># newdoc</c> / <c># newpar</c> markers, for end-to-end evaluation.
/// </summary>
public static class GoldDocumentReader
{
    /// <summary>Reads all documents of a CoNLL-U file.</summary>
    public static List<GoldDocument> Read(string path) => Build(ConlluReader.ReadFile(path), path);

    /// <summary>Builds documents from sentences; <paramref name="name"/> is used in errors.</summary>
    public static List<GoldDocument> Build(IEnumerable<ConlluSentence> sentences, string name)
    {
        var docs = new List<GoldDocument>();
        var group = new List<(ConlluSentence S, bool NewPar)>();
        string id = "doc0";
        foreach (var s in sentences)
        {
            var newDoc = s.Comment("newdoc id") ?? (s.Comments.Any(c => c.Trim() == "newdoc") ? "" : null);
            if (newDoc is not null && group.Count > 0) { docs.Add(Make(id, group, name)); group.Clear(); }
            if (newDoc is not null) id = newDoc.Length > 0 ? newDoc : $"doc{docs.Count}";
            bool newPar = s.Comments.Any(c => c.TrimStart().StartsWith("newpar", StringComparison.Ordinal));
            group.Add((s, newPar));
        }
        if (group.Count > 0) docs.Add(Make(id, group, name));
        return docs;
    }

    private static GoldDocument Make(string id, List<(ConlluSentence S, bool NewPar)> group, string name)
    {
        var sb = new StringBuilder();
        var starts = new List<int>();
        foreach (var (s, newPar) in group)
        {
            if (sb.Length > 0) sb.Append(newPar ? "\n\n" : " ");
            starts.Add(sb.Length);
            sb.Append(s.Text ?? s.ReconstructText());
        }
        var doc = new GoldDocument { Id = id, Text = sb.ToString() };
        for (int k = 0; k < group.Count; k++) Place(doc, group[k].S, starts[k], name);
        return doc;
    }

    private static void Place(GoldDocument doc, ConlluSentence s, int offset, string name)
    {
        string text = doc.Text;
        int pos = offset;
        int firstWord = doc.Words.Count;
        doc.SentenceFirstWord.Add(firstWord);
        int sentStart = -1, sentEnd = offset;
        foreach (var t in s.Tokens)
        {
            while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
            int start = pos;
            if (string.CompareOrdinal(text, pos, t.Form, 0, t.Form.Length) == 0) pos += t.Form.Length;
            else pos = Math.Min(text.Length, pos + t.Form.Length); // forms edited in the treebank: trust the length
            var span = new CharSpan(start, pos);
            if (sentStart < 0) sentStart = start;
            sentEnd = pos;
            doc.Tokens.Add(span);
            for (int w = t.FirstWord; w <= t.LastWord; w++)
            {
                var word = s.Words[w - 1];
                int head = word.Head <= 0 ? -1 : firstWord + word.Head - 1;
                doc.Words.Add(new GoldWord(word.Form, word.Upos, word.Xpos, word.Lemma, head, word.Relation, span));
            }
        }
        doc.Sentences.Add(new CharSpan(Math.Max(sentStart, offset), sentEnd));
    }
}
