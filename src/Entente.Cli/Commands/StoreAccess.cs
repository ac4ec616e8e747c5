using Entente.Store;

namespace Entente.Cli.Commands;

/// <summary>Opens the database for a reading command, with a usage error when it does not exist yet.</summary>
public static class StoreAccess
{
    /// <summary>Opens <paramref name="db"/> read-only.</summary>
    public static SqliteStore OpenRead(string db)
    {
        if (!File.Exists(db)) throw new UsageException($"no database at '{db}': run 'entente ingest PATH' first, or pass --db");
        return SqliteStore.Open(db, readOnly: true);
    }
}
