using System.CommandLine;
using Entente.Cli.Commands;

namespace Entente.Cli;

/// <summary>Entry point of the <c>entente</c> command.</summary>
public static class Program
{
    /// <summary>Builds the command tree. Each command lives in its own file under <c>Commands/</c>.</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("Entente: geopolitical event data from news text — events, actors, claims, treaties and blocs.");
        foreach (var command in CommandCatalog.All()) root.Add(command);
        return root;
    }

    /// <summary>Runs the command line; exit codes: 0 ok, 1 some inputs failed, 2 usage error.</summary>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs with explicit writers (used by tests).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = BuildRoot();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) stderr.WriteLine($"entente: {e.Message}");
            stderr.WriteLine("Try 'entente --help'.");
            return ExitCodes.Usage;
        }
        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(config);
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"entente: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or IOException)
        {
            // Malformed corpus or model files: the message names the file (and line).
            stderr.WriteLine($"entente: {ex.Message}");
            return ExitCodes.SomeFailed;
        }
    }
}
