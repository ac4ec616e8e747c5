namespace Entente.Coding.Dictionaries;

/// <summary>A line of a dictionary that was skipped because it could not be read.</summary>
/// <param name="File">The file.</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Message">What is wrong.</param>
public sealed record DictionaryIssue(string File, int Line, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}: {Message}";
}
