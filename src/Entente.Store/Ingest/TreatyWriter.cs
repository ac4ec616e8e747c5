using Entente.Model;
using Microsoft.Data.Sqlite;

namespace Entente.Store.Ingest;

/// <summary>
/// Writes a document's treaties — parties, actions and clauses with their sentences — for
/// <see cref="DocumentWriter"/>, inside its batch transaction. A replaced document's rows go with it
/// (cascade), so this only inserts.
/// </summary>
public sealed class TreatyWriter : IDisposable
{
    private readonly SqliteCommand _treaty, _party, _evidence;

    /// <summary>Prepares the statements on <paramref name="store"/>'s connection.</summary>
    public TreatyWriter(SqliteStore store)
    {
        _treaty = Prepare(store, """
            INSERT INTO treaties(doc_id, key, name, named, kind, obligations, date, date_precision)
            VALUES ($doc, $key, $name, $named, $kind, $obl, $date, $prec) RETURNING id
            """, "$doc", "$key", "$name", "$named", "$kind", "$obl", "$date", "$prec");
        _party = Prepare(store, "INSERT OR IGNORE INTO treaty_parties(treaty_id, code, name) VALUES ($t, $code, $name)", "$t", "$code", "$name");
        _evidence = Prepare(store, """
            INSERT INTO treaty_evidence(treaty_id, kind, what, sentence, start, "end", date, date_precision, modality, actor_code, other)
            VALUES ($t, $kind, $what, $s, $start, $end, $date, $prec, $mod, $actor, $other)
            """, "$t", "$kind", "$what", "$s", "$start", "$end", "$date", "$prec", "$mod", "$actor", "$other");
    }

    /// <summary>Enlists the statements in the writer's current transaction.</summary>
    public void Attach(SqliteTransaction? tx)
    {
        _treaty.Transaction = tx;
        _party.Transaction = tx;
        _evidence.Transaction = tx;
    }

    /// <summary>Inserts the treaties of <paramref name="doc"/>.</summary>
    public void Write(Document doc)
    {
        foreach (var t in doc.Treaties)
        {
            long id = (long)Run(_treaty, true, doc.Id, t.Key, t.Name, t.Named ? 1 : 0, Lower(t.Kind), Obligations(t.Obligations), Iso(t.Date), t.Date.PrecisionName)!;
            foreach (var p in t.Parties) Run(_party, false, id, p.Code.Value, p.Name);
            if (t.Target is { } target)
                Run(_evidence, false, id, "target", "target", t.Sentences.FirstOrDefault(), 0, 0, null, "unknown", null, target.Code.Value, target.Name);
            foreach (var a in t.Actions)
                Run(_evidence, false, id, "action", Lower(a.Type), a.Sentence, a.Span.Start, a.Span.End, Iso(a.Date), a.Date.PrecisionName,
                    Lower(a.Modality), a.Actor?.Code.Value, a.Other);
            foreach (var c in t.Clauses)
                Run(_evidence, false, id, "clause", Obligations(c.Obligation), c.Sentence, c.Span.Start, c.Span.End, null, "unknown", null, null, null);
        }
    }

    /// <summary>Obligation flags as lower-case names joined by commas (<c>defence,consultation</c>), empty for none.</summary>
    public static string Obligations(TreatyObligations o) =>
        string.Join(',', Enum.GetValues<TreatyObligations>().Where(f => f != TreatyObligations.None && o.HasFlag(f)).Select(f => Lower(f)));

    private static string Lower<T>(T value) where T : Enum => value.ToString().ToLowerInvariant();

    private static string? Iso(EventDate d) => d.Date is null ? null : d.ToIsoString();

    private static SqliteCommand Prepare(SqliteStore store, string sql, params string[] names)
    {
        var cmd = store.Connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var n in names) cmd.Parameters.Add(new SqliteParameter(n, null));
        return cmd;
    }

    private static object? Run(SqliteCommand cmd, bool scalar, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        return scalar ? cmd.ExecuteScalar() : cmd.ExecuteNonQuery();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _treaty.Dispose();
        _party.Dispose();
        _evidence.Dispose();
    }
}
