namespace Entente.Tests.Support;

/// <summary>Runs the <c>entente</c> command in-process and captures its output.</summary>
public static class Cli
{
    /// <summary>The result of one run.</summary>
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Runs <c>entente ARGS</c>.</summary>
    public static Result Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Entente.Cli.Program.Run(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }
}
