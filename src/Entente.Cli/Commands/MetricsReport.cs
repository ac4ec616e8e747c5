using System.Text.Json;

namespace Entente.Cli.Commands;

/// <summary>Prints metrics as aligned lines, then all of them as one JSON object on the last line.</summary>
internal sealed class MetricsReport
{
    private readonly Dictionary<string, object> _values = new();
    private readonly List<string> _order = [];

    /// <summary>Adds a metric (percentages as numbers 0–100, rounded to 2 decimals).</summary>
    public MetricsReport Add(string key, double value)
    {
        if (!_values.ContainsKey(key)) _order.Add(key);
        _values[key] = Math.Round(value, 2);
        return this;
    }

    /// <summary>Adds a count or a label.</summary>
    public MetricsReport Add(string key, object value)
    {
        if (!_values.ContainsKey(key)) _order.Add(key);
        _values[key] = value;
        return this;
    }

    /// <summary>Writes the report.</summary>
    public void Write(TextWriter w)
    {
        foreach (var k in _order) w.WriteLine($"{k,-24} {_values[k]}");
        var ordered = new Dictionary<string, object>();
        foreach (var k in _order) ordered[k] = _values[k];
        w.WriteLine(JsonSerializer.Serialize(ordered));
    }
}
