namespace Entente.Cli.Output;

/// <summary>How a listing command prints its rows.</summary>
public enum OutputFormat
{
    /// <summary>An aligned table for people (the default on a terminal).</summary>
    Table,
    /// <summary>One JSON array.</summary>
    Json,
    /// <summary>One JSON object a line (the default when output is redirected).</summary>
    Jsonl,
    /// <summary>RFC 4180 comma-separated values with a header row.</summary>
    Csv,
}
