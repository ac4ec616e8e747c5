namespace Entente.Store.Ingest;

/// <summary>A progress report: inputs handled, documents read, failures, and time so far.</summary>
public readonly record struct IngestProgress(int Inputs, int Documents, int Failed, TimeSpan Elapsed)
{
    /// <summary>Inputs per second so far.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Inputs / Elapsed.TotalSeconds : 0;
}
