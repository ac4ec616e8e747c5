using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>Spectre consoles bound to a given writer, so commands print to whatever writer they are handed.</summary>
public static class Consoles
{
    /// <summary>A console writing to <paramref name="output"/>; colours and live widgets only on a real terminal.</summary>
    public static IAnsiConsole For(TextWriter output)
    {
        bool terminal = IsTerminal(output);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        // Redirected output has no width; wide enough that tables in files and pipes stay readable.
        if (!terminal) console.Profile.Width = 200;
        return console;
    }

    /// <summary>True when <paramref name="output"/> is the process's standard output and that is a terminal.</summary>
    public static bool IsTerminal(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
}
