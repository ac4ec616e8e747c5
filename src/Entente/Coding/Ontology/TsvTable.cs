namespace Entente.Coding.Ontology;

/// <summary>
/// One of our versioned tab-separated tables: <c>#</c> comment lines (one of them
/// <c># version: N</c>), a header row naming the columns, then data rows.
/// </summary>
public sealed class TsvTable
{
    /// <summary>The table's name, used in error messages.</summary>
    public string Name { get; }

    /// <summary>The version declared in the header comments.</summary>
    public int Version { get; }

    /// <summary>Column names from the header row.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Data rows with their 1-based line numbers; every row has <see cref="Columns"/>.Count fields.</summary>
    public IReadOnlyList<(int Line, string[] Fields)> Rows { get; }

    private TsvTable(string name, int version, string[] columns, List<(int, string[])> rows)
    {
        Name = name;
        Version = version;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>Parses a table; malformed rows are a <see cref="DictionaryFormatException"/>, since our own tables must be exact.</summary>
    public static TsvTable Parse(string name, string text)
    {
        int version = -1;
        string[]? columns = null;
        var rows = new List<(int, string[])>();
        int lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0) continue;
            if (line[0] == '#')
            {
                var body = line.AsSpan(1).Trim();
                if (body.StartsWith("version:", StringComparison.Ordinal) && int.TryParse(body["version:".Length..].Trim(), out var v)) version = v;
                continue;
            }
            var fields = line.Split('\t');
            if (columns is null) { columns = fields; continue; }
            if (fields.Length != columns.Length)
                throw new DictionaryFormatException(name, lineNo, $"expected {columns.Length} tab-separated fields, found {fields.Length}");
            rows.Add((lineNo, fields));
        }
        if (version < 0) throw new DictionaryFormatException(name, 1, "missing '# version: N' header");
        if (columns is null) throw new DictionaryFormatException(name, lineNo, "missing column header row");
        return new TsvTable(name, version, columns, rows);
    }
}
