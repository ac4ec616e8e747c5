namespace Entente.Actors;

/// <summary>A dictionary line that could not be used, with where it is and why; the rest of the file still loads.</summary>
public sealed record DictionaryIssue(string File, int Line, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}: {Message}";
}
