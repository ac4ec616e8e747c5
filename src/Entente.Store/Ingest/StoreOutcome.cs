namespace Entente.Store.Ingest;

/// <summary>What storing one document did.</summary>
public enum StoreOutcome
{
    /// <summary>Stored as a new document.</summary>
    Added,
    /// <summary>The same text was already stored (under this or another id): nothing written.</summary>
    AlreadyPresent,
    /// <summary>A document with this id but other text was replaced.</summary>
    Updated,
}
