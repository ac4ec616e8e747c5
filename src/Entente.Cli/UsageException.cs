namespace Entente.Cli;

/// <summary>Thrown by a command when its arguments are valid syntax but unusable; exits with code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
