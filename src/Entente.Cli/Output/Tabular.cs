using System.Text.Json;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>
/// Rows with named columns, printable in every output format. Values are strings, numbers, booleans
/// or null; JSON keeps their types, CSV and tables show them as text.
/// </summary>
public sealed class Tabular
{
    private readonly string[] _columns;
    private readonly List<object?[]> _rows = [];

    /// <summary>Creates an empty listing with these column names (also the JSON keys).</summary>
    public Tabular(params string[] columns) => _columns = columns;

    /// <summary>Number of rows.</summary>
    public int Count => _rows.Count;

    /// <summary>Adds a row; it must have one value per column.</summary>
    public void Add(params object?[] values)
    {
        if (values.Length != _columns.Length) throw new ArgumentException($"expected {_columns.Length} values, got {values.Length}");
        _rows.Add(values);
    }

    /// <summary>Writes the rows in <paramref name="format"/>.</summary>
    public void Write(TextWriter output, OutputFormat format, string? title = null)
    {
        switch (format)
        {
            case OutputFormat.Json: WriteJson(output, asLines: false); break;
            case OutputFormat.Jsonl: WriteJson(output, asLines: true); break;
            case OutputFormat.Csv: WriteCsv(output); break;
            default: WriteTable(output, title); break;
        }
    }

    private void WriteTable(TextWriter output, string? title)
    {
        var console = Consoles.For(output);
        var table = new Table().Border(TableBorder.Rounded);
        if (title is not null) table.Title(Markup.Escape(title));
        foreach (var c in _columns) table.AddColumn(new TableColumn(Markup.Escape(c)));
        foreach (var row in _rows) table.AddRow(row.Select(v => Markup.Escape(Text(v))).ToArray());
        console.Write(table);
    }

    private void WriteJson(TextWriter output, bool asLines)
    {
        var opts = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = !asLines };
        using var ms = new MemoryStream();
        if (!asLines)
        {
            using var w = new Utf8JsonWriter(ms, opts);
            w.WriteStartArray();
            foreach (var row in _rows) WriteObject(w, row);
            w.WriteEndArray();
            w.Flush();
            output.WriteLine(System.Text.Encoding.UTF8.GetString(ms.ToArray()));
            return;
        }
        foreach (var row in _rows)
        {
            ms.SetLength(0);
            using (var w = new Utf8JsonWriter(ms, opts)) WriteObject(w, row);
            output.WriteLine(System.Text.Encoding.UTF8.GetString(ms.ToArray()));
        }
    }

    private void WriteObject(Utf8JsonWriter w, object?[] row)
    {
        w.WriteStartObject();
        for (int i = 0; i < _columns.Length; i++)
        {
            w.WritePropertyName(_columns[i]);
            switch (row[i])
            {
                case null: w.WriteNullValue(); break;
                case int n: w.WriteNumberValue(n); break;
                case long n: w.WriteNumberValue(n); break;
                case double d: w.WriteNumberValue(d); break;
                case bool b: w.WriteBooleanValue(b); break;
                default: w.WriteStringValue(row[i]!.ToString()); break;
            }
        }
        w.WriteEndObject();
    }

    private void WriteCsv(TextWriter output)
    {
        output.WriteLine(string.Join(',', _columns.Select(Csv.Quote)));
        foreach (var row in _rows) output.WriteLine(string.Join(',', row.Select(v => Csv.Quote(Text(v)))));
    }

    private static string Text(object? v) => v switch
    {
        null => "",
        double d => d.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
