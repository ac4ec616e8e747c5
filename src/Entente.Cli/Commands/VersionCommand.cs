using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary><c>entente version</c>: prints the tool version.</summary>
public static class VersionCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("version", "Print the version of Entente.");
        cmd.SetAction(r =>
        {
            r.InvocationConfiguration.Output.WriteLine(typeof(VersionCommand).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            return 0;
        });
        return cmd;
    }
}
