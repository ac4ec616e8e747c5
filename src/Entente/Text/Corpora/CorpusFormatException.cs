namespace Entente.Text.Corpora;

/// <summary>A corpus or dictionary file is malformed at a known file and line.</summary>
public sealed class CorpusFormatException : FormatException
{
    /// <summary>The file, or a description of the input.</summary>
    public string File { get; }
    /// <summary>1-based line number.</summary>
    public int Line { get; }

    /// <summary>Creates the exception; the message names the file and the line.</summary>
    public CorpusFormatException(string file, int line, string problem)
        : base($"{file}:{line}: {problem}")
    {
        File = file;
        Line = line;
    }
}
