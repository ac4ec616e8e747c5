namespace Entente.Store.Queries;

/// <summary>Counts over the whole store.</summary>
public sealed record StoreStats(long Documents, long Sentences, long Tokens, long ActorMentions, long Events, long EventClusters,
    long Publications, string? FirstPublished, string? LastPublished, int SchemaVersion);
