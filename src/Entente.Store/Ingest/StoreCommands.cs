using Microsoft.Data.Sqlite;

namespace Entente.Store.Ingest;

/// <summary>Prepared statements of one writer: created once, bound to each batch's transaction, disposed together.</summary>
internal sealed class StoreCommands : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly List<SqliteCommand> _all = [];

    public StoreCommands(SqliteConnection connection) => _connection = connection;

    /// <summary>Prepares a statement with named parameters, bound in order by <see cref="Run"/>.</summary>
    public SqliteCommand Prepare(string sql, params string[] names)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var n in names) cmd.Parameters.Add(new SqliteParameter(n, null));
        _all.Add(cmd);
        return cmd;
    }

    /// <summary>Binds every statement to <paramref name="tx"/>.</summary>
    public void Bind(SqliteTransaction? tx)
    {
        foreach (var c in _all) c.Transaction = tx;
    }

    /// <summary>Runs a statement with positional values (null becomes SQL NULL); returns the scalar for RETURNING/SELECT.</summary>
    public static object? Run(SqliteCommand cmd, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        return cmd.CommandText.Contains("RETURNING", StringComparison.Ordinal) || cmd.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
            ? cmd.ExecuteScalar() : cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var c in _all) c.Dispose();
    }
}
