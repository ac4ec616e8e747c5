using System.CommandLine;
using Entente.Cli.Output;

namespace Entente.Cli;

/// <summary>Options shared by many commands; each call creates fresh instances (an option belongs to one command).</summary>
public static class CommonOptions
{
    /// <summary><c>--db PATH</c>: the database file, <c>./entente.db</c> by default.</summary>
    public static Option<string> Db() => new("--db")
    {
        Description = "Database file (SQLite).",
        DefaultValueFactory = _ => Store.SqliteStore.DefaultPath,
        HelpName = "PATH",
    };

    /// <summary><c>--format</c>: table on a terminal, JSON Lines when redirected, unless given.</summary>
    public static Option<OutputFormat?> Format() => new("--format", "-f")
    {
        Description = "Output format: table, json, jsonl or csv (default: table on a terminal, jsonl otherwise).",
        HelpName = "table|json|jsonl|csv",
        CustomParser = r =>
        {
            var v = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
            if (Enum.TryParse<OutputFormat>(v, ignoreCase: true, out var f)) return f;
            r.AddError($"unknown format '{v}' (expected table, json, jsonl or csv)");
            return null;
        },
    };

    /// <summary>Resolves the effective format for a writer.</summary>
    public static OutputFormat Resolve(OutputFormat? given, TextWriter output) =>
        given ?? (Consoles.IsTerminal(output) ? OutputFormat.Table : OutputFormat.Jsonl);

    /// <summary>A <c>YYYY-MM-DD</c> date option.</summary>
    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        CustomParser = r =>
        {
            var v = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(v, "yyyy-MM-dd", out var d)) return d;
            r.AddError($"{name}: '{v}' is not a date (YYYY-MM-DD)");
            return null;
        },
    };
}
