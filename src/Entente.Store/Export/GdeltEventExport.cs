using System.Globalization;
using Entente.Store.Queries;

namespace Entente.Store.Export;

/// <summary>
/// Writes events in the layout of the GDELT 2.0 event table: its 61 tab-separated columns in order,
/// no header row (as GDELT ships it), our values where we have them and empty fields otherwise (no
/// tone, no geography). GLOBALEVENTID is a running number; SOURCEURL is the document id.
/// </summary>
public static class GdeltEventExport
{
    /// <summary>The 61 column names of the GDELT 2.0 event table, in order.</summary>
    public static readonly IReadOnlyList<string> Columns = BuildColumns();

    private static string[] BuildColumns()
    {
        var c = new List<string> { "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate" };
        foreach (var a in new[] { "Actor1", "Actor2" })
            c.AddRange(new[] { "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code" }.Select(s => a + s));
        c.AddRange(["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]);
        foreach (var g in new[] { "Actor1Geo_", "Actor2Geo_", "ActionGeo_" })
            c.AddRange(new[] { "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID" }.Select(s => g + s));
        c.AddRange(["DATEADDED", "SOURCEURL"]);
        return c.ToArray();
    }

    /// <summary>Writes the events; returns how many. A header row only when <paramref name="header"/>.</summary>
    public static long Write(IEnumerable<EventRecord> events, TextWriter output, bool header = false)
    {
        if (header) output.WriteLine(string.Join('\t', Columns));
        long id = 0;
        var row = new string[Columns.Count];
        foreach (var e in events)
        {
            Array.Fill(row, "");
            row[0] = (++id).ToString(CultureInfo.InvariantCulture);
            if (DateOnly.TryParseExact(Day(e.Date ?? e.Published), "yyyy-MM-dd", out var d))
            {
                row[1] = d.ToString("yyyyMMdd");
                row[2] = d.ToString("yyyyMM");
                row[3] = d.Year.ToString(CultureInfo.InvariantCulture);
                row[4] = (d.Year + (d.DayOfYear - 1) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture);
            }
            Actor(row, 5, e.Actor1);
            Actor(row, 15, e.Actor2);
            row[25] = e.Sentence <= 1 ? "1" : "0";
            row[26] = e.Cameo;
            row[27] = e.Cameo.Length > 3 ? e.Cameo[..3] : e.Cameo;
            row[28] = e.Root;
            row[29] = e.Quad.ToString(CultureInfo.InvariantCulture);
            row[30] = e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture);
            row[31] = e.Mentions.ToString(CultureInfo.InvariantCulture);
            row[32] = e.SourcePublications.ToString(CultureInfo.InvariantCulture);
            row[33] = e.SourceDocuments.ToString(CultureInfo.InvariantCulture);
            row[60] = Clean(e.Doc);
            output.Write(string.Join('\t', row));
            output.Write('\n');
        }
        return id;
    }

    // GDELT dates are days; a month- or year-precision date stands for its first day, as GDELT does.
    private static string Day(string? iso) => iso is null ? "" : iso.Length switch { 4 => iso + "-01-01", 7 => iso + "-01", _ => iso };

    private static void Actor(string[] row, int at, ActorRecord? a)
    {
        if (a is null) return;
        row[at] = Clean(a.Code);
        row[at + 1] = Clean((a.Name ?? "").ToUpperInvariant());
        row[at + 2] = a.Country ?? "";
        // CAMEO role codes after the country part go to the type columns.
        for (int k = 0; k < 3 && 3 + 3 * k + 3 <= a.Code.Length; k++) row[at + 7 + k] = a.Code.Substring(3 + 3 * k, 3);
    }

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
