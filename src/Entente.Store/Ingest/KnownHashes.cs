using Microsoft.Data.Sqlite;

namespace Entente.Store.Ingest;

/// <summary>
/// Answers "is this text already stored?" from worker threads, before the expensive pipeline runs,
/// through a read-only connection per thread (WAL lets them read while the writer writes).
/// </summary>
internal sealed class KnownHashes : IDisposable
{
    private readonly string _path;
    private readonly ThreadLocal<SqliteCommand> _lookup;

    public KnownHashes(string path)
    {
        _path = path;
        _lookup = new ThreadLocal<SqliteCommand>(CreateLookup, trackAllValues: true);
    }

    private SqliteCommand CreateLookup()
    {
        var conn = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        conn.Open();
        var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT 1 FROM documents WHERE hash = $h";
        cmd.Parameters.Add(new SqliteParameter("$h", ""));
        return cmd;
    }

    public bool Contains(string hash)
    {
        var cmd = _lookup.Value!;
        cmd.Parameters[0].Value = hash;
        return cmd.ExecuteScalar() is not null;
    }

    public void Dispose()
    {
        foreach (var cmd in _lookup.Values)
        {
            var conn = cmd.Connection;
            cmd.Dispose();
            conn?.Dispose();
        }
        _lookup.Dispose();
    }
}
