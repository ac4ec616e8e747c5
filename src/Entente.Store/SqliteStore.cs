using Entente.Store.Schema;
using Microsoft.Data.Sqlite;

namespace Entente.Store;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, so readers keep working while an ingest
/// writes. Opening applies pending schema migrations. Each instance owns one connection and is not
/// thread-safe; open one per thread.
/// </summary>
public sealed class SqliteStore : IDisposable
{
    /// <summary>The default database file.</summary>
    public const string DefaultPath = "entente.db";

    /// <summary>The open connection.</summary>
    public SqliteConnection Connection { get; }

    /// <summary>The database file.</summary>
    public string Path { get; }

    private SqliteStore(string path, SqliteConnection connection)
    {
        Path = path;
        Connection = connection;
    }

    /// <summary>Opens (creating if needed) the database and migrates it to the latest schema.</summary>
    /// <param name="path">Database file.</param>
    /// <param name="readOnly">Open for reading only; the file must exist and be migrated.</param>
    public static SqliteStore Open(string path, bool readOnly = false)
    {
        if (readOnly && !File.Exists(path)) throw new FileNotFoundException($"no database at {path} (run 'entente ingest' first)", path);
        var csb = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var conn = new SqliteConnection(csb.ToString());
        conn.Open();
        var store = new SqliteStore(path, conn);
        store.Execute("PRAGMA busy_timeout = 30000;");
        if (!readOnly)
        {
            store.Execute("PRAGMA journal_mode = WAL;");
            store.Execute("PRAGMA synchronous = NORMAL;");
            store.Migrate();
        }
        else
        {
            int version = store.SchemaVersion;
            if (version > Migrations.Latest)
                throw new InvalidOperationException($"{path}: schema version {version} is newer than this build ({Migrations.Latest})");
        }
        store.Execute("PRAGMA foreign_keys = ON;");
        return store;
    }

    /// <summary>The schema version recorded in the file.</summary>
    public int SchemaVersion => Convert.ToInt32(Scalar("PRAGMA user_version;"));

    private void Migrate()
    {
        int version = SchemaVersion;
        if (version > Migrations.Latest)
            throw new InvalidOperationException($"{Path}: schema version {version} is newer than this build ({Migrations.Latest})");
        for (int v = version; v < Migrations.Latest; v++)
        {
            using var tx = Connection.BeginTransaction();
            using (var cmd = Connection.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = Migrations.All[v] + $"\nPRAGMA user_version = {v + 1};";
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    /// <summary>Runs a statement without results.</summary>
    public int Execute(string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = Command(sql, args);
        return cmd.ExecuteNonQuery();
    }

    /// <summary>Runs a query returning one value.</summary>
    public object? Scalar(string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = Command(sql, args);
        return cmd.ExecuteScalar();
    }

    /// <summary>Creates a command with parameters (null becomes SQL NULL).</summary>
    public SqliteCommand Command(string sql, params (string Name, object? Value)[] args)
    {
        var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (n, v) in args) cmd.Parameters.AddWithValue(n, v ?? DBNull.Value);
        return cmd;
    }

    /// <summary>Runs <c>PRAGMA integrity_check</c>; returns "ok" for a sound file.</summary>
    public string IntegrityCheck() => Convert.ToString(Scalar("PRAGMA integrity_check;")) ?? "";

    /// <inheritdoc/>
    public void Dispose() => Connection.Dispose();
}
