using Entente.Coding.Engine;
using Entente.Model;

namespace Entente.Coding.Validation;

/// <summary>
/// Runs validation records through the coder: the sentence's tokens (from the given parse or from our
/// own parser), the suite's actor dictionaries, then a comparison of the found events with the expected
/// set. A record passes with exactly the expected set (duplicates ignored), or correctly none / discard.
/// </summary>
public sealed class SuiteRunner
{
    private readonly EventCoder _coder;
    private readonly EventCoder _coderAnyDyad;
    private readonly ValidationActors _actors;

    /// <summary>Creates a runner; <paramref name="coder"/> is used with its options, and a copy coding one-sided events for records that switch <c>require_dyad</c> off.</summary>
    public SuiteRunner(EventCoder coder, ValidationActors actors)
    {
        _coder = coder;
        _coderAnyDyad = new EventCoder(coder.Dictionaries, coder.Options with { RequireTarget = false });
        _actors = actors;
    }

    /// <summary>Codes one record from the tokens of its sentences (null when they could not be had: the record is skipped).</summary>
    public RecordOutcome Run(ValidationRecord record, IReadOnlyList<Token[]>? sentences, string? skipReason = null)
    {
        if (record.Expectation == RecordExpectation.Skip) return new RecordOutcome(record, [], false, false, "not a coding test");
        if (sentences is null) return new RecordOutcome(record, [], false, false, skipReason ?? "no parse");
        bool dyad = !record.Settings.TryGetValue("require_dyad", out var v) || !v.Equals("false", StringComparison.OrdinalIgnoreCase);
        var coder = dyad ? _coder : _coderAnyDyad;
        if (record.Settings.TryGetValue("DEFAULT", out var defaults) && Defaults(defaults) is var (src, tgt) && (src is not null || tgt is not null))
            coder = new EventCoder(coder.Dictionaries, coder.Options with { DefaultSource = src, DefaultTarget = tgt });
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tokens in sentences)
        {
            var actors = _actors.Resolve(tokens, record.Date, out bool discard);
            if (discard) return Judge(record, [], discarded: true);
            var result = coder.Code(tokens, actors);
            if (result.Discarded) return Judge(record, [], discarded: true);
            foreach (var e in result.Events) found.Add($"{e.Source?.Code.Value ?? "---"} {e.Target?.Code.Value ?? "---"} {e.Code}");
        }
        return Judge(record, found.ToList(), false);
    }

    // TABARI's "DEFAULT: SOURCE [X] PRIOR TARGET [Y] AFTER"
    private static (ActorRef?, ActorRef?) Defaults(string text)
    {
        var options = new Dictionaries.TabariOptions();
        options.TryApply("DEFAULT: " + text, out options);
        ActorRef? Make(string? code) => string.IsNullOrWhiteSpace(code) ? null : new ActorRef(new ActorCode(code), code, null, code);
        return (Make(options.DefaultSource), Make(options.DefaultTarget));
    }

    private static RecordOutcome Judge(ValidationRecord record, List<string> found, bool discarded)
    {
        bool passed = record.Expectation switch
        {
            RecordExpectation.Discard => discarded,
            RecordExpectation.Complex => false, // this engine has no complexity filter
            RecordExpectation.NoEvents => found.Count == 0,
            _ => !discarded && found.SequenceEqual(record.Expected.Select(e => e.ToString()).Distinct().OrderBy(x => x, StringComparer.Ordinal)),
        };
        return new RecordOutcome(record, found, discarded, passed, null);
    }
}
