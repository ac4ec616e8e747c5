using System.CommandLine;
using Entente.Actors;
using Entente.Actors.Dictionaries;

namespace Entente.Cli.Commands;

/// <summary>
/// The repeatable <c>--actors FILE</c> option every command that resolves actors shares, and the loading
/// of the built-in dictionary plus those files with skipped lines reported on standard error.
/// </summary>
public static class ActorDictionaryOption
{
    /// <summary>Creates the option (one file per use; repeat it for several).</summary>
    public static Option<string[]> Create() => new("--actors")
    {
        Description = "Extra actor or agent dictionary: ours, TABARI or PETRARCH2/Phoenix format (repeatable).",
        HelpName = "FILE",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>
    /// Loads the built-in dictionary and <paramref name="files"/>; reports skipped lines (at most
    /// <paramref name="maxIssues"/>, then a count) to <paramref name="error"/>.
    /// </summary>
    /// <exception cref="UsageException">A file does not exist.</exception>
    public static ActorDictionary Load(IReadOnlyList<string>? files, TextWriter error, int maxIssues = 20)
    {
        files ??= [];
        foreach (var f in files)
            if (!File.Exists(f)) throw new UsageException($"actor dictionary '{f}' not found");
        var dictionary = files.Count == 0 ? ActorDictionaryLoader.BuiltIn : ActorDictionaryLoader.Load(files);
        WriteIssues(dictionary.Issues, error, maxIssues);
        return dictionary;
    }

    /// <summary>Writes dictionary issues as <c>file:line: message</c>, at most <paramref name="max"/>.</summary>
    public static void WriteIssues(IReadOnlyList<DictionaryIssue> issues, TextWriter error, int max)
    {
        for (int i = 0; i < issues.Count && i < max; i++) error.WriteLine($"entente: {issues[i]}");
        if (issues.Count > max) error.WriteLine($"entente: ... and {issues.Count - max:N0} more skipped dictionary lines");
    }
}
