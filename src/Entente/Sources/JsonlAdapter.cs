using System.Text;
using System.Text.Json;
using Entente.Model;

namespace Entente.Sources;

/// <summary>
/// Reads <c>.jsonl</c>: one article a line with <c>id</c>, <c>title</c>, <c>text</c>, <c>url</c>,
/// <c>source</c> and <c>published</c>. The file is streamed, so it may be far larger than one article;
/// a bad line is reported as <c>file:line</c> and the rest of the file goes on.
/// </summary>
public sealed class JsonlAdapter
{
    /// <summary>True for <c>.jsonl</c> and <c>.ndjson</c>.</summary>
    public static bool Handles(string extension) => extension is ".jsonl" or ".ndjson";

    /// <summary>Reads every line of the file; <paramref name="fileId"/> prefixes ids of lines without one.</summary>
    public IEnumerable<SourceItem> ReadFile(string path, string fileId, SourceOptions options)
    {
        using var stream = File.OpenRead(path);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
        int lineNo = 0;
        string? line;
        while ((line = ReadLineBounded(reader, options.MaxDocumentChars * 2, out bool tooLong)) is not null)
        {
            lineNo++;
            string origin = $"{path}:{lineNo}";
            if (tooLong) { yield return SourceItem.Failed(origin, "line too long"); continue; }
            if (line.AsSpan().Trim().Length == 0) continue;
            yield return ParseLine(line, origin, $"{fileId}:{lineNo}", path, options);
        }
    }

    private static SourceItem ParseLine(string line, string origin, string fallbackId, string path, SourceOptions options)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(line); }
        catch (JsonException ex) { return SourceItem.Failed(origin, $"invalid JSON: {ex.Message}"); }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object) return SourceItem.Failed(origin, "expected a JSON object");
            var r = json.RootElement;
            string? text = Str(r, "text");
            if (string.IsNullOrWhiteSpace(text)) return SourceItem.Failed(origin, "no \"text\"");
            if (text.IndexOf('\0') >= 0) return SourceItem.Failed(origin, "binary content (NUL characters) in \"text\"");
            text = PlainTextAdapter.Normalise(text).Trim();
            if (text.Length > options.MaxDocumentChars)
                return SourceItem.Failed(origin, $"article too long ({text.Length:N0} characters; limit {options.MaxDocumentChars:N0})");
            var meta = new DocumentMetadata
            {
                Id = Str(r, "id") ?? fallbackId,
                Title = Str(r, "title"),
                Publication = options.Source ?? Str(r, "source"),
                Published = options.Date ?? HeaderDateParser.Parse(Str(r, "published")),
                Url = Str(r, "url"),
                SourcePath = path,
            };
            return SourceItem.Ok(new Document(meta, text), origin);
        }
    }

    private static string? Str(JsonElement r, string name)
    {
        if (!r.TryGetProperty(name, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
    }

    private static string? ReadLineBounded(StreamReader reader, int max, out bool tooLong)
    {
        tooLong = false;
        var sb = new StringBuilder();
        int c;
        bool any = false;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (c == '\n') break;
            if (sb.Length < max) sb.Append((char)c); else tooLong = true;
        }
        if (!any) return null;
        if (sb.Length > 0 && sb[^1] == '\r') sb.Length--;
        return sb.ToString();
    }
}
