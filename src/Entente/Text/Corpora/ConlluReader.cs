namespace Entente.Text.Corpora;

/// <summary>
/// Reads CoNLL-U (UD v2): ten tab-separated columns, comment lines, multiword token ranges
/// (<c>1-2</c>) and empty nodes (<c>8.1</c>). Malformed lines raise
/// <see cref="CorpusFormatException"/> naming the file and line.
/// </summary>
public static class ConlluReader
{
    /// <summary>Reads every sentence of a file.</summary>
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        foreach (var s in Read(reader, path)) yield return s;
    }

    /// <summary>Reads every sentence from a reader; <paramref name="name"/> is used in errors.</summary>
    public static IEnumerable<ConlluSentence> Read(TextReader reader, string name = "<input>")
    {
        ConlluSentence? current = null;
        string? line;
        int lineNo = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0 || line.AsSpan().Trim().Length == 0)
            {
                if (current is not null) { Validate(current, name); yield return current; current = null; }
                continue;
            }
            current ??= new ConlluSentence { LineNumber = lineNo };
            if (line[0] == '#')
            {
                current.Comments.Add(line[1..]);
                continue;
            }
            ParseLine(current, line, name, lineNo);
        }
        if (current is not null) { Validate(current, name); yield return current; }
    }

    private static void ParseLine(ConlluSentence s, string line, string name, int lineNo)
    {
        var cols = line.Split('\t');
        if (cols.Length != 10)
            throw new CorpusFormatException(name, lineNo, $"expected 10 tab-separated columns, found {cols.Length}");
        string id = cols[0];
        int dash = id.IndexOf('-');
        if (dash > 0)
        {
            if (!int.TryParse(id.AsSpan(0, dash), out int a) || !int.TryParse(id.AsSpan(dash + 1), out int b) || b < a)
                throw new CorpusFormatException(name, lineNo, $"bad multiword token range '{id}'");
            s.Tokens.Add(new ConlluToken(cols[1], a, b, cols[9]));
            return;
        }
        if (id.Contains('.'))
        {
            s.EmptyNodeLines.Add(line);
            return;
        }
        if (!int.TryParse(id, out int wid) || wid != s.Words.Count + 1)
            throw new CorpusFormatException(name, lineNo, $"word id '{id}' out of sequence (expected {s.Words.Count + 1})");
        int head = -1;
        if (cols[6] != "_" && !int.TryParse(cols[6], out head))
            throw new CorpusFormatException(name, lineNo, $"bad HEAD '{cols[6]}'");
        var word = new ConlluWord
        {
            Id = wid, Form = cols[1], Lemma = cols[2], Upos = cols[3], Xpos = cols[4], Feats = cols[5],
            Head = head, Relation = cols[7], Deps = cols[8], Misc = cols[9],
        };
        s.Words.Add(word);
        // A word already covered by a preceding multiword range is not a surface token of its own.
        if (s.Tokens.Count == 0 || s.Tokens[^1].LastWord < wid)
            s.Tokens.Add(new ConlluToken(word.Form, wid, wid, word.Misc));
    }

    private static void Validate(ConlluSentence s, string name)
    {
        foreach (var w in s.Words)
            if (w.Head > s.Words.Count)
                throw new CorpusFormatException(name, s.LineNumber, $"word {w.Id} has head {w.Head} beyond the sentence's {s.Words.Count} words");
    }
}
