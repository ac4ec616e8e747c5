namespace Entente.Cli;

/// <summary>The process exit codes every command uses.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Ok = 0;
    /// <summary>Some inputs failed; the rest were processed.</summary>
    public const int SomeFailed = 1;
    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
}
