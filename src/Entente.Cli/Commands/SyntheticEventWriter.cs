using Entente.Store;
using Entente.Store.Schema;

namespace Entente.Cli.Commands;

/// <summary>
/// Bulk-loads synthetic events for <see cref="BenchAnalysisCommand"/> the way large loads are done:
/// secondary indexes and the dyad triggers dropped, rows appended in date order with one prepared
/// statement in large transactions, then the dyad sums computed in one pass
/// (<see cref="AnalysisMigration.Backfill"/>), the indexes rebuilt and the triggers restored.
/// </summary>
public static class SyntheticEventWriter
{
    private static readonly (string Cameo, int Quad, double Goldstein)[] Cooperation =
        [("036", 1, 4.0), ("042", 1, 1.9), ("043", 1, 2.8), ("051", 1, 3.4), ("057", 1, 8.0), ("061", 2, 6.4), ("071", 2, 7.4), ("081", 2, 5.0)];
    private static readonly (string Cameo, int Quad, double Goldstein)[] Conflict =
        [("111", 3, -2.0), ("112", 3, -2.0), ("130", 3, -4.4), ("138", 3, -7.0), ("163", 4, -8.0), ("173", 4, -5.0), ("190", 4, -10.0), ("195", 4, -10.0)];
    private static readonly string[] Roles = ["", "", "GOV", "GOV", "MIL"];

    /// <summary>Creates <paramref name="path"/> and writes <paramref name="count"/> events over 2021–2025.</summary>
    public static void Fill(string path, SyntheticWorld world, int count, Action<long> progress)
    {
        using (SqliteStore.Open(path)) { }
        using var store = SqliteStore.Open(path);
        // A throwaway benchmark file: no journal, no syncs, a large page cache.
        store.Execute("PRAGMA journal_mode = OFF;");
        store.Execute("PRAGMA synchronous = OFF;");
        store.Execute("PRAGMA cache_size = -1000000;");
        const int documents = 1000;
        var start = new DateOnly(2021, 1, 1);
        int days = new DateOnly(2025, 12, 31).DayNumber - start.DayNumber + 1;
        using (var tx = store.Connection.BeginTransaction())
        {
            for (int d = 0; d < documents; d++)
                store.Execute("INSERT INTO documents(id, hash, text, sentences, tokens, ingested_at, published) VALUES ($id, $id, '', 0, 0, '', $p)",
                    ("$id", $"bench-{d}"), ("$p", start.AddDays(d % days).ToString("yyyy-MM-dd")));
            tx.Commit();
        }
        var saved = new List<(bool Index, string Create)>();
        using (var q = store.Command("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'event_mentions' AND type IN ('index', 'trigger') AND sql IS NOT NULL"))
        using (var r = q.ExecuteReader())
            while (r.Read()) saved.Add((r.GetString(0) == "index", r.GetString(2)));
        foreach (var (index, create) in saved) store.Execute($"DROP {(index ? "INDEX" : "TRIGGER")} {create.Split(' ')[2]};");
        var rng = new Random(20251125);
        using var cmd = store.Command("""
            INSERT INTO event_mentions(id, doc_id, sentence, start, "end", date, date_precision, actor1_code, actor2_code,
              cameo, root, quad, goldstein, modality, confidence)
            VALUES ($id, $doc, 0, 0, 0, $date, 'day', $a1, $a2, $cameo, $root, $quad, $gold, 'asserted', 1)
            """, ("$id", null), ("$doc", null), ("$date", null), ("$a1", null), ("$a2", null), ("$cameo", null), ("$root", null), ("$quad", null), ("$gold", null));
        var dates = Enumerable.Range(0, days).Select(i => start.AddDays(i).ToString("yyyy-MM-dd")).ToArray();
        var p = cmd.Parameters;
        const int batch = 1_000_000;
        for (int done = 0; done < count;)
        {
            using var tx = store.Connection.BeginTransaction();
            cmd.Transaction = tx;
            int end = Math.Min(count, done + batch);
            for (; done < end; done++)
            {
                int a = world.Draw(rng), b = world.Draw(rng);
                if (a == b) b = (b + 1 + rng.Next(world.States.Length - 1)) % world.States.Length;
                bool same = world.States[a].Bloc == world.States[b].Bloc;
                bool cooperate = rng.NextDouble() < 0.85 ? same : !same;
                var (cameo, quad, gold) = cooperate ? Cooperation[rng.Next(Cooperation.Length)] : Conflict[rng.Next(Conflict.Length)];
                p[0].Value = "e" + done.ToString("D9");
                p[1].Value = "bench-" + (done % documents);
                p[2].Value = dates[(int)((long)done * days / count)];
                p[3].Value = world.States[a].Code + Roles[rng.Next(Roles.Length)];
                p[4].Value = world.States[b].Code + Roles[rng.Next(Roles.Length)];
                p[5].Value = cameo;
                p[6].Value = cameo[..2];
                p[7].Value = quad;
                p[8].Value = gold;
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
            progress(done);
        }
        using (var tx = store.Connection.BeginTransaction())
        {
            // Sums first, while the events are a plain table to scan in order; then the indexes, built by sorting.
            store.Execute(AnalysisMigration.Backfill);
            foreach (var (_, create) in saved.Where(x => x.Index)) store.Execute(create);
            foreach (var (_, create) in saved.Where(x => !x.Index)) store.Execute(create);
            tx.Commit();
        }
        store.Execute("ANALYZE;");
    }
}
