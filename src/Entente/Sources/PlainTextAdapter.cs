using System.Text;
using System.Text.RegularExpressions;
using Entente.Model;

namespace Entente.Sources;

/// <summary>
/// Reads <c>.txt</c> and <c>.md</c> articles. The header is recognised, then removed from the body:
/// an optional front-matter block (<c>---</c> with <c>title:</c>, <c>source:</c>, <c>date:</c>,
/// <c>url:</c>), a title line, a dateline ("The Meridian Post — Tuesday, 4 March 2025"), a byline.
/// </summary>
public sealed partial class PlainTextAdapter : ISourceAdapter
{
    private const int MaxHeaderLine = 160;

    /// <inheritdoc/>
    public bool Handles(string extension) => extension is ".txt" or ".md" or ".text" or ".markdown";

    [GeneratedRegex(@"^\s*(?:by|from)\s+[A-Z][\p{L}.'\- ]{1,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(title|source|publication|publisher|date|published|url)\s*:\s*(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Field();

    [GeneratedRegex(@"(\*\*|__|^#{1,6}\s+)", RegexOptions.Multiline)]
    private static partial Regex MarkdownMarks();

    /// <inheritdoc/>
    public IEnumerable<SourceItem> Read(string path, string id, string text, SourceOptions options)
    {
        var lines = Normalise(text).Split('\n');
        string? title = null, source = null, url = null;
        DateOnly? date = null;
        int i = SkipBlank(lines, 0);

        if (i < lines.Length && lines[i].Trim() == "---")
        {
            int end = Array.FindIndex(lines, i + 1, l => l.Trim() == "---");
            if (end > 0)
            {
                for (int j = i + 1; j < end; j++) ApplyField(lines[j], ref title, ref source, ref date, ref url);
                i = SkipBlank(lines, end + 1);
            }
        }

        bool isMarkdown = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
        // Header lines: at most four short lines before the body proper.
        for (int seen = 0; seen < 4 && i < lines.Length; seen++)
        {
            var line = lines[i].Trim();
            if (isMarkdown) line = line.TrimStart('#').Trim();
            if (line.Length == 0 || line.Length > MaxHeaderLine) break;
            if (Field().IsMatch(line)) { ApplyField(line, ref title, ref source, ref date, ref url); }
            else if (date is null && HeaderDateParser.TryFind(line, out var d, out int at, out int len))
            {
                date = d;
                var rest = (line[..at] + " " + line[(at + len)..]).Trim(' ', '—', '–', '-', '|', '·', ',', ';', ':');
                if (rest.Length > 0 && source is null && !Byline().IsMatch(rest)) source = rest;
            }
            else if (Byline().IsMatch(line)) { }
            else if (title is null && LooksLikeTitle(line, lines, i)) title = line.TrimEnd('.').Trim();
            else break;
            i = SkipBlank(lines, i + 1);
        }

        var body = string.Join('\n', lines, i, lines.Length - i).Trim();
        if (isMarkdown) body = MarkdownMarks().Replace(body, "");
        if (body.Length == 0)
        {
            yield return SourceItem.Failed(path, title is null ? "empty file (no text)" : "no article text after the header");
            yield break;
        }
        if (body.Length > options.MaxDocumentChars)
        {
            yield return SourceItem.Failed(path, $"article too long ({body.Length:N0} characters; limit {options.MaxDocumentChars:N0})");
            yield break;
        }
        var meta = new DocumentMetadata
        {
            Id = id, Title = title, Publication = options.Source ?? source, Published = options.Date ?? date,
            Url = url, SourcePath = path,
        };
        yield return SourceItem.Ok(new Document(meta, body), path);
    }

    private static bool LooksLikeTitle(string line, string[] lines, int index)
    {
        // A title is short, does not end like a sentence, and is followed by more text.
        if (line.Length > 140) return false;
        if (line.EndsWith('.') && !line.EndsWith("..."))
        {
            int words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words > 12) return false;
        }
        return SkipBlank(lines, index + 1) < lines.Length;
    }

    private static void ApplyField(string line, ref string? title, ref string? source, ref DateOnly? date, ref string? url)
    {
        var m = Field().Match(line.Trim());
        if (!m.Success) return;
        var value = m.Groups[2].Value.Trim().Trim('"');
        if (value.Length == 0) return;
        switch (m.Groups[1].Value.ToLowerInvariant())
        {
            case "title": title = value; break;
            case "source" or "publication" or "publisher": source = value; break;
            case "date" or "published": date = HeaderDateParser.Parse(value) ?? date; break;
            case "url": url = value; break;
        }
    }

    private static int SkipBlank(string[] lines, int i)
    {
        while (i < lines.Length && lines[i].AsSpan().Trim().Length == 0) i++;
        return i;
    }

    /// <summary>Line ends to LF, non-breaking and odd spaces to plain spaces, so offsets are stable.</summary>
    internal static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (int k = 0; k < text.Length; k++)
        {
            char c = text[k];
            if (c == '\r') { sb.Append('\n'); if (k + 1 < text.Length && text[k + 1] == '\n') k++; }
            else if (c is '\u00A0' or '\u2007' or '\u202F' or '\t') sb.Append(' ');
            else if (c is '\u200B' or '\uFEFF') { }
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
