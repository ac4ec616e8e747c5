namespace Entente.Text.Corpora;

/// <summary>
/// Reads IOB2 entity corpora in the UNER layout: tab-separated <c>index, token, tag</c>, optionally
/// followed by annotation columns; <c>#</c> comment lines; blank lines between sentences.
/// Malformed lines raise <see cref="CorpusFormatException"/> naming the file and line.
/// </summary>
public static class Iob2Reader
{
    /// <summary>Entity types kept by <see cref="Normalize"/>; others (UNER's OTH, stray <c>B-O</c>) become O.</summary>
    public static readonly IReadOnlySet<string> KeptTypes = new HashSet<string> { "PER", "ORG", "LOC" };

    /// <summary>Reads every sentence of a file; with <paramref name="normalize"/>, maps tags through <see cref="Normalize"/>.</summary>
    public static List<Iob2Sentence> ReadFile(string path, bool normalize = true)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Read(reader, path, normalize).ToList();
    }

    /// <summary>Reads every sentence from a reader; <paramref name="name"/> is used in errors.</summary>
    public static IEnumerable<Iob2Sentence> Read(TextReader reader, string name = "<input>", bool normalize = true)
    {
        Iob2Sentence? current = null;
        string? line;
        int lineNo = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.AsSpan().Trim().Length == 0)
            {
                if (current is not null) { yield return current; current = null; }
                continue;
            }
            current ??= new Iob2Sentence { LineNumber = lineNo };
            if (line[0] == '#') { current.Comments.Add(line[1..]); continue; }
            var cols = line.Split('\t');
            if (cols.Length < 3)
                throw new CorpusFormatException(name, lineNo, $"expected at least 3 tab-separated columns (index, token, tag), found {cols.Length}");
            if (!int.TryParse(cols[0], out int index) || index != current.Tokens.Count + 1)
                throw new CorpusFormatException(name, lineNo, $"token index '{cols[0]}' out of sequence (expected {current.Tokens.Count + 1})");
            string tag = cols[2];
            if (!IsTag(tag)) throw new CorpusFormatException(name, lineNo, $"bad IOB2 tag '{tag}'");
            current.Tokens.Add(cols[1]);
            current.Tags.Add(normalize ? Normalize(tag) : tag);
            current.Extra.Add(cols.Length > 3 ? string.Join('\t', cols, 3, cols.Length - 3) : null);
        }
        if (current is not null) yield return current;
    }

    /// <summary>Maps a tag to our label set: PER/ORG/LOC kept, anything else O.</summary>
    public static string Normalize(string tag) =>
        tag.Length > 2 && KeptTypes.Contains(tag[2..]) ? tag : "O";

    private static bool IsTag(string tag) => tag == "O" || (tag.Length > 2 && tag[0] is 'B' or 'I' && tag[1] == '-');
}
