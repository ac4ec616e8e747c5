using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary>Options shared by the train/eval subcommands.</summary>
internal static class TextCliOptions
{
    public static Option<string> Train() => new("--train") { Description = "Training corpus file", Required = true };
    public static Option<string> Dev() => new("--dev") { Description = "Development corpus file (for reporting/tuning)" };
    public static Option<string> Out() => new("--out") { Description = "Model file to write", Required = true };
    public static Option<string> Test() => new("--test") { Description = "Corpus file to evaluate on", Required = true };
    public static Option<int> Iterations(int dflt) => new("--iterations") { Description = "Training passes", DefaultValueFactory = _ => dflt };
    public static Option<int> Seed() => new("--seed") { Description = "Random seed for shuffling", DefaultValueFactory = _ => 1 };

    /// <summary>Fails with a usage error when the file does not exist.</summary>
    public static string Existing(string? path, string option)
    {
        if (string.IsNullOrEmpty(path) || !File.Exists(path)) throw new UsageException($"{option}: file not found: {path}");
        return path;
    }

    /// <summary>Training metadata stored in model headers.</summary>
    public static Dictionary<string, string> Meta(string train, int iterations, int seed) => new()
    {
        ["train"] = Path.GetFileName(train),
        ["iterations"] = iterations.ToString(),
        ["seed"] = seed.ToString(),
        ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd"),
    };
}
