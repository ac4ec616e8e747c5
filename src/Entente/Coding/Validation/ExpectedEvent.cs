namespace Entente.Coding.Validation;

/// <summary>An event a validation record expects: source, target and code as the suite writes them.</summary>
public sealed record ExpectedEvent(string Source, string Target, string Code)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Source} {Target} {Code}";
}

/// <summary>What a suite record expects.</summary>
public enum RecordExpectation
{
    /// <summary>These events, exactly.</summary>
    Events,
    /// <summary>No event at all.</summary>
    NoEvents,
    /// <summary>The sentence is discarded.</summary>
    Discard,
    /// <summary>The sentence is too complex to code (TABARI's <c>{+++}</c>).</summary>
    Complex,
    /// <summary>The record tests something other than coding (a program error, a setting); it is skipped.</summary>
    Skip,
}

/// <summary>One record of a peer validation suite.</summary>
/// <param name="Id">Record id.</param>
/// <param name="Date">Story date.</param>
/// <param name="Text">Raw text.</param>
/// <param name="Parse">The given Penn Treebank parse, when the suite has one.</param>
/// <param name="Expectation">What kind of result it expects.</param>
/// <param name="Expected">The expected events.</param>
/// <param name="Settings">Settings in force for this record (suite switches applied so far).</param>
public sealed record ValidationRecord(
    string Id,
    DateOnly? Date,
    string Text,
    string? Parse,
    RecordExpectation Expectation,
    IReadOnlyList<ExpectedEvent> Expected,
    IReadOnlyDictionary<string, string> Settings);
