namespace Entente.Coding.Validation;

/// <summary>How one record fared.</summary>
/// <param name="Record">The record.</param>
/// <param name="Found">Events the coder found, as "SRC TGT CODE".</param>
/// <param name="Discarded">The coder discarded the sentence.</param>
/// <param name="Passed">Exactly the expected set of events (or correctly none / discard).</param>
/// <param name="Skipped">The record was not judged, with the reason.</param>
/// <param name="Complex">The coder found the sentence too complex to code.</param>
public sealed record RecordOutcome(ValidationRecord Record, IReadOnlyList<string> Found, bool Discarded, bool Passed, string? Skipped, bool Complex = false)
{
    /// <summary>The expectation as printed.</summary>
    public string ExpectedText => Record.Expectation switch
    {
        RecordExpectation.NoEvents => "(no events)",
        RecordExpectation.Discard => "(discard)",
        RecordExpectation.Complex => "(complex)",
        RecordExpectation.Skip => "(not a coding test)",
        _ => string.Join(" | ", Record.Expected.Select(e => e.ToString()).OrderBy(x => x, StringComparer.Ordinal)),
    };

    /// <summary>What was found, as printed.</summary>
    public string FoundText => Discarded ? "(discard)" : Complex ? "(complex)" : Found.Count == 0 ? "(no events)" : string.Join(" | ", Found);
}

/// <summary>The totals of a suite run, printed as the final JSON line.</summary>
public sealed record SuiteSummary(string Suite, int Records, int Passed, int Failed, int Skipped)
{
    /// <summary>The one-line JSON form: <c>{"suite", "records", "passed", "failed", "skipped"}</c>.</summary>
    public string ToJson() =>
        $"{{\"suite\":\"{Suite}\",\"records\":{Records},\"passed\":{Passed},\"failed\":{Failed},\"skipped\":{Skipped}}}";

    /// <summary>Totals of outcomes.</summary>
    public static SuiteSummary Of(string suite, IReadOnlyList<RecordOutcome> outcomes) => new(suite, outcomes.Count,
        outcomes.Count(o => o.Skipped is null && o.Passed), outcomes.Count(o => o.Skipped is null && !o.Passed), outcomes.Count(o => o.Skipped is not null));
}
