namespace Entente.Coding;

/// <summary>A dictionary or table line that cannot be read, with the file and line it came from.</summary>
public sealed class DictionaryFormatException : FormatException
{
    /// <summary>File (or embedded resource) name.</summary>
    public string File { get; }

    /// <summary>1-based line number.</summary>
    public int Line { get; }

    /// <summary>Creates the error.</summary>
    public DictionaryFormatException(string file, int line, string message)
        : base($"{file}:{line}: {message}")
    {
        File = file;
        Line = line;
    }
}
