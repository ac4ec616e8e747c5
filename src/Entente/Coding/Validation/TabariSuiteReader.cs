using System.Globalization;
using System.Text.RegularExpressions;
using Entente.Coding.Dictionaries;

namespace Entente.Coding.Validation;

/// <summary>
/// Reads TABARI's <c>Validate.text</c>: records of a <c>YYMMDD  ID</c> (or <c>YYYYMMDD  ID</c>) line, the text, and a <c>/* ... */</c> block
/// whose <c>{ SRC / TGT / CODE }</c> items are the expected events (<c>{---}</c> none, <c>{###}</c> a discard,
/// <c>{+++}</c> too complex to code; a leading <c>-</c> comments an item out). <c>{ OPTION: ... }</c> items change the
/// settings for the records after them; a record with only options is a directive, not a test.
/// </summary>
public static partial class TabariSuiteReader
{
    [GeneratedRegex(@"^(\d{6,9})\s+(\S+)")]
    private static partial Regex Header();

    [GeneratedRegex(@"(-?)\{([^{}]*)(?:\}|$)")]
    private static partial Regex Item();

    /// <summary>Reads the records; <paramref name="options"/> are the settings of the project's options file.</summary>
    public static List<ValidationRecord> Read(string path, TabariOptions options)
    {
        var lines = File.ReadAllLines(path, System.Text.Encoding.Latin1);
        var records = new List<ValidationRecord>();
        for (int i = 0; i < lines.Length; i++)
        {
            var m = Header().Match(lines[i]);
            if (!m.Success) continue;
            var text = new System.Text.StringBuilder();
            var comment = new System.Text.StringBuilder();
            int j = i + 1;
            bool inComment = false;
            for (; j < lines.Length; j++)
            {
                var line = lines[j];
                if (!inComment)
                {
                    if (Header().IsMatch(line) && text.Length > 0) { j--; break; }
                    int open = line.IndexOf("/*", StringComparison.Ordinal);
                    if (open < 0) { text.Append(line).Append(' '); continue; }
                    text.Append(line[..open]);
                    line = line[(open + 2)..];
                    inComment = true;
                }
                int close = line.IndexOf("*/", StringComparison.Ordinal);
                if (close >= 0) { comment.Append(line[..close]); break; }
                comment.Append(line).Append('\n');
            }
            i = j;
            records.Add(Build(m.Groups[1].Value, m.Groups[2].Value, text.ToString(), comment.ToString(), ref options));
        }
        return records;
    }

    private static ValidationRecord Build(string date, string id, string text, string comment, ref TabariOptions options)
    {
        var expected = new List<ExpectedEvent>();
        var expectation = RecordExpectation.Events;
        bool any = false, optionOnly = true;
        foreach (Match item in Item().Matches(comment))
        {
            var body = item.Groups[2].Value.Trim();
            if (body.StartsWith("OPTION:", StringComparison.OrdinalIgnoreCase))
            {
                if (options.TryApply(body["OPTION:".Length..].Trim(), out var next)) options = next;
                continue;
            }
            optionOnly = false;
            if (item.Groups[1].Value == "-") continue;
            any = true;
            switch (body)
            {
                case "---" or "":
                    expectation = RecordExpectation.NoEvents;
                    break;
                case "###":
                    expectation = RecordExpectation.Discard;
                    break;
                case "+++":
                    expectation = RecordExpectation.Complex;
                    break;
                default:
                    var parts = body.Split('/');
                    if (parts.Length >= 3) expected.Add(new ExpectedEvent(parts[0].Trim(), parts[1].Trim(), parts[2].Trim().Split(' ')[0]));
                    break;
            }
        }
        if (!any) expectation = RecordExpectation.Skip;
        else if (expectation == RecordExpectation.Events && expected.Count == 0) expectation = RecordExpectation.Skip;
        if (optionOnly) expectation = RecordExpectation.Skip;
        // TABARI reads the first six digits (YYMMDD), or eight (YYYYMMDD) once the suite sets YYYY = TRUE; extra
        // digits are ignored, as TABARI ignores them; an unreadable date leaves the record undated
        bool fourDigitYear = date.Length >= 8 && options.IsTrue("YYYY");
        var digits = fourDigitYear ? date[..8] : date[..6];
        DateOnly? d = DateOnly.TryParseExact(digits, fourDigitYear ? "yyyyMMdd" : "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dd) ? dd : null;
        var settings = options.Settings.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var kv in options.Commands) settings[kv.Key] = kv.Value;
        var clean = string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return new ValidationRecord(id, d, clean, null, expectation, expected, settings);
    }
}
