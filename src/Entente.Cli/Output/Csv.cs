namespace Entente.Cli.Output;

/// <summary>RFC 4180 quoting.</summary>
public static class Csv
{
    /// <summary>Quotes a field when it holds a comma, quote or line break.</summary>
    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
}
