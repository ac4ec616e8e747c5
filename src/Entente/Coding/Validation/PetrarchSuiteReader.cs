using System.Globalization;
using System.Xml.Linq;

namespace Entente.Coding.Validation;

/// <summary>
/// Reads PETRARCH's unit-test records (<c>PETR.UnitTest.records.xml</c>): each <c>&lt;Sentence&gt;</c> with its
/// <c>&lt;EventCoding&gt;</c> expectations (events, <c>noevents</c> or <c>error</c>), text and Penn parse; the
/// <c>&lt;Config option value&gt;</c> switches between records apply to the records after them.
/// </summary>
public static class PetrarchSuiteReader
{
    /// <summary>Reads the records of a file.</summary>
    public static List<ValidationRecord> Read(string path)
    {
        var doc = XDocument.Load(path, LoadOptions.None);
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var records = new List<ValidationRecord>();
        foreach (var el in doc.Descendants())
        {
            if (el.Name.LocalName == "Config" && el.Attribute("option") is { } opt)
            {
                settings[opt.Value] = el.Attribute("value")?.Value ?? "";
                continue;
            }
            if (el.Name.LocalName != "Sentence") continue;
            var expected = new List<ExpectedEvent>();
            var expectation = RecordExpectation.Events;
            foreach (var ec in el.Elements("EventCoding"))
            {
                if (ec.Attribute("error") is not null) expectation = RecordExpectation.Skip;
                else if (ec.Attribute("noevents") is not null) expectation = expectation == RecordExpectation.Skip ? expectation : RecordExpectation.NoEvents;
                else expected.Add(new ExpectedEvent(Clean(ec.Attribute("sourcecode")?.Value), Clean(ec.Attribute("targetcode")?.Value), Clean(ec.Attribute("eventcode")?.Value)));
            }
            if (expectation == RecordExpectation.Events && expected.Count == 0) expectation = RecordExpectation.NoEvents;
            DateOnly? date = DateOnly.TryParseExact(el.Attribute("date")?.Value ?? "", "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            var text = Normalise(el.Element("Text")?.Value ?? "");
            records.Add(new ValidationRecord(el.Attribute("id")?.Value ?? $"record-{records.Count + 1}", date, text,
                el.Element("Parse")?.Value, expectation, expected, new Dictionary<string, string>(settings, StringComparer.OrdinalIgnoreCase)));
        }
        return records;
    }

    private static string Clean(string? code) => (code ?? "").Trim().Trim('"').Trim() is { Length: > 0 } c ? c : "---";

    private static string Normalise(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
