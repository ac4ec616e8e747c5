using Entente.Coding.Shallow;
using Entente.Model;

namespace Entente.Coding.Validation;

/// <summary>
/// Runs TABARI validation records through the <see cref="ShallowCoder"/>: each record's settings (the options file
/// and the <c>OPTION:</c> records before it), its date, and the sentences our tokenizer and splitter made of its
/// text. A record passes with exactly the expected set of events, or correctly none, a discard or a complexity verdict.
/// </summary>
public sealed class ShallowSuiteRunner(ShallowCoder coder)
{
    private readonly ShallowCarry _carry = new();

    /// <summary>Append how the sentence was read to the found events of a failed record.</summary>
    public bool Explain { get; init; }

    /// <summary>Codes one record.</summary>
    public RecordOutcome Run(ValidationRecord record, IReadOnlyList<Token[]> sentences)
    {
        if (record.Expectation == RecordExpectation.Skip) return new RecordOutcome(record, [], false, false, "not a coding test");
        var settings = ShallowSettings.From(record.Settings);
        var result = coder.Code(sentences, record.Date, settings, settings.Forward ? _carry : null);
        var found = result.Events.Select(e => $"{e.Source} {e.Target} {e.Code}").Distinct().OrderBy(x => x, StringComparer.Ordinal).ToList();
        bool clean = !result.Discarded && !result.Complex;
        bool passed = record.Expectation switch
        {
            RecordExpectation.Discard => result.Discarded,
            RecordExpectation.Complex => result.Complex,
            RecordExpectation.NoEvents => clean && found.Count == 0,
            _ => clean && found.SequenceEqual(record.Expected.Select(e => e.ToString()).Distinct().OrderBy(x => x, StringComparer.Ordinal)),
        };
        if (!passed && Explain) foreach (var line in result.Reading) found.Add("  read: " + line);
        return new RecordOutcome(record, found, result.Discarded, passed, null, result.Complex);
    }
}
