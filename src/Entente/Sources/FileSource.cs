namespace Entente.Sources;

/// <summary>
/// Turns command-line paths (files or folders, read recursively in a stable order) into documents,
/// choosing the adapter by extension. Every problem becomes a failed <see cref="SourceItem"/>
/// naming the file, never an exception, so one bad file cannot stop a batch.
/// </summary>
public sealed class FileSource
{
    private readonly ISourceAdapter[] _adapters = [new PlainTextAdapter(), new HtmlAdapter()];
    private readonly JsonlAdapter _jsonl = new();
    private readonly SourceOptions _options;

    /// <summary>Creates a source with the given options.</summary>
    public FileSource(SourceOptions options) => _options = options;

    /// <summary>Extensions that are read; other files in a folder are reported as skipped.</summary>
    public static readonly IReadOnlySet<string> Extensions =
        new HashSet<string> { ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson" };

    /// <summary>Lists (path, id) for every file under the given paths, in ordinal order within each.</summary>
    public static IEnumerable<(string Path, string Id)> Enumerate(IEnumerable<string> paths)
    {
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                var root = Path.GetFullPath(p);
                var files = Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                    .OrderBy(f => f, StringComparer.Ordinal);
                foreach (var f in files) yield return (f, Path.GetRelativePath(root, f).Replace('\\', '/'));
            }
            else
            {
                yield return (p, Path.GetFileName(p));
            }
        }
    }

    /// <summary>Reads every input under <paramref name="paths"/>.</summary>
    public IEnumerable<SourceItem> Read(IEnumerable<string> paths)
    {
        foreach (var (path, id) in Enumerate(paths))
            foreach (var item in ReadOne(path, id))
                yield return item;
    }

    /// <summary>Reads one file.</summary>
    public IEnumerable<SourceItem> ReadOne(string path, string id)
    {
        if (!File.Exists(path)) return [SourceItem.Failed(path, Directory.Exists(path) ? "is a folder" : "no such file")];
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (JsonlAdapter.Handles(ext)) return Guard(path, () => _jsonl.ReadFile(path, id, _options));
        var adapter = Array.Find(_adapters, a => a.Handles(ext));
        if (adapter is null) return [SourceItem.Failed(path, $"unsupported file type '{ext}' (expected .txt, .md, .html, .htm or .jsonl)")];
        return Guard(path, () => ReadText(adapter, path, id));
    }

    private IEnumerable<SourceItem> ReadText(ISourceAdapter adapter, string path, string id)
    {
        var info = new FileInfo(path);
        if (info.Length == 0) return [SourceItem.Failed(path, "empty file")];
        if (info.Length > _options.MaxFileBytes)
            return [SourceItem.Failed(path, $"file too large ({info.Length:N0} bytes; limit {_options.MaxFileBytes:N0})")];
        var bytes = File.ReadAllBytes(path);
        if (!TextDecoder.TryDecode(bytes, out var text, out var error, out var warning))
            return [SourceItem.Failed(path, error!)];
        if (text.AsSpan().Trim().Length == 0) return [SourceItem.Failed(path, "empty file (only white space)")];
        var items = adapter.Read(path, id, text, _options);
        return warning is null ? items : items.Select(i => i.Document is null ? i : i with { Warnings = [warning, .. i.Warnings] });
    }

    private static IEnumerable<SourceItem> Guard(string path, Func<IEnumerable<SourceItem>> read)
    {
        // Streams the adapter's items; an I/O or format error ends this file with a failure naming it,
        // after the items already read, and never escapes to the batch.
        IEnumerator<SourceItem>? e = null;
        string? failure = null;
        try { e = read().GetEnumerator(); }
        catch (Exception ex) when (IsInputError(ex)) { failure = ex.Message; }
        while (e is not null)
        {
            SourceItem current;
            try
            {
                if (!e.MoveNext()) break;
                current = e.Current;
            }
            catch (Exception ex) when (IsInputError(ex)) { failure = ex.Message; break; }
            yield return current;
        }
        e?.Dispose();
        if (failure is not null) yield return SourceItem.Failed(path, failure);
    }

    private static bool IsInputError(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.DecoderFallbackException;
}
