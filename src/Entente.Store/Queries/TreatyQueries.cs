using Microsoft.Data.Sqlite;

namespace Entente.Store.Queries;

/// <summary>
/// Reads treaties, merging mentions across documents: the same name, or a description ("defence
/// treaty") with the same kind and parties as a named treaty ("Hanoi Defence Treaty").
/// </summary>
public static class TreatyQueries
{
    private sealed class Row
    {
        public required string Name, Kind, Obligations, Doc;
        public string? Date, Precision, Target;
        public bool Named;
        public SortedSet<string> Parties = new(StringComparer.Ordinal);
        public List<TreatyEvidence> Evidence = [];
    }

    /// <summary>Treaties in which a party's (or, for sanctions, the target's) code starts with <paramref name="party"/>, or all.</summary>
    public static List<TreatyRecord> List(SqliteStore store, string? party = null)
    {
        var rows = new Dictionary<long, Row>();
        using (var cmd = store.Command("SELECT id, doc_id, name, kind, obligations, date, date_precision, named FROM treaties"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                rows[r.GetInt64(0)] = new Row
                {
                    Doc = r.GetString(1), Name = r.GetString(2), Kind = r.GetString(3), Obligations = r.GetString(4),
                    Date = r.IsDBNull(5) ? null : r.GetString(5), Precision = r.GetString(6), Named = r.GetInt64(7) != 0,
                };
        using (var cmd = store.Command("SELECT treaty_id, code FROM treaty_parties"))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) if (rows.TryGetValue(r.GetInt64(0), out var row)) row.Parties.Add(r.GetString(1));
        using (var cmd = store.Command("""
            SELECT e.treaty_id, e.kind, e.what, t.doc_id, e.sentence, e.date, e.modality, e.actor_code, e.other, s.text
            FROM treaty_evidence e JOIN treaties t ON t.id = e.treaty_id
            LEFT JOIN sentences s ON s.doc_id = t.doc_id AND s.idx = e.sentence
            ORDER BY e.id
            """))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                if (!rows.TryGetValue(r.GetInt64(0), out var row)) continue;
                var ev = new TreatyEvidence(r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), Str(r, 5), Str(r, 6), Str(r, 7), Str(r, 8), Str(r, 9));
                if (ev.Kind == "target") row.Target = ev.Actor;
                else row.Evidence.Add(ev);
            }
        return Merge(rows.Values)
            .Where(t => party is null || t.Parties.Any(p => Matches(p, party)) || (t.Target is { } tg && Matches(tg, party)))
            .OrderBy(t => t.Date ?? "9999").ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
    }

    private static bool Matches(string code, string prefix) => code.StartsWith(prefix.Trim(), StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<TreatyRecord> Merge(IEnumerable<Row> rows)
    {
        var groups = new List<List<Row>>();
        string Key(Row r) => r.Named ? r.Name.ToLowerInvariant() : $"{r.Kind}|{string.Join(",", r.Parties)}|{r.Target}|{r.Name.ToLowerInvariant()}";
        foreach (var g in rows.GroupBy(Key).OrderBy(g => g.First().Named ? 0 : 1))
        {
            var list = g.ToList();
            var first = list[0];
            // A description joins the named treaty of the same kind and parties whose name holds its words.
            var home = first.Named ? null : groups.FirstOrDefault(h => h[0].Named && h[0].Kind == first.Kind && first.Parties.Count > 0
                && h[0].Parties.SetEquals(first.Parties) && Words(first.Name).All(w => Words(h[0].Name).Contains(w)));
            if (home is not null) home.AddRange(list);
            else groups.Add(list);
        }
        foreach (var g in groups)
        {
            var lead = g[0];
            var parties = new SortedSet<string>(g.SelectMany(r => r.Parties), StringComparer.Ordinal);
            var obligations = g.SelectMany(r => r.Obligations.Split(',', StringSplitOptions.RemoveEmptyEntries)).Distinct().Order(StringComparer.Ordinal);
            var date = g.Where(r => r.Date is not null).OrderBy(r => r.Precision == "day" ? 0 : r.Precision == "month" ? 1 : 2).ThenBy(r => r.Date).FirstOrDefault()?.Date;
            var evidence = g.SelectMany(r => r.Evidence).OrderBy(e => e.Date ?? "9999").ThenBy(e => e.Doc, StringComparer.Ordinal).ThenBy(e => e.Sentence).ToList();
            yield return new TreatyRecord(lead.Name, lead.Kind, parties.ToArray(), g.Select(r => r.Target).FirstOrDefault(t => t is not null),
                string.Join(",", obligations), date, g.Select(r => r.Doc).Distinct().Order(StringComparer.Ordinal).ToArray(), evidence);
        }
    }

    private static HashSet<string> Words(string name) =>
        name.ToLowerInvariant().Split([' ', '-', '–'], StringSplitOptions.RemoveEmptyEntries).ToHashSet();

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
