namespace Entente.Store.Ingest;

/// <summary>What an ingest did, for the closing summary.</summary>
public sealed class IngestReport
{
    /// <summary>Documents stored for the first time.</summary>
    public int Added { get; set; }
    /// <summary>Documents whose text was already stored.</summary>
    public int AlreadyPresent { get; set; }
    /// <summary>Documents whose id existed with other text and were replaced.</summary>
    public int Updated { get; set; }
    /// <summary>Sentences stored.</summary>
    public long Sentences { get; set; }
    /// <summary>Tokens stored.</summary>
    public long Tokens { get; set; }
    /// <summary>Event mentions stored.</summary>
    public long Events { get; set; }
    /// <summary>Inputs that failed, each with its origin and reason.</summary>
    public List<(string Origin, string Reason)> Failures { get; } = [];
    /// <summary>Inputs stored despite a problem.</summary>
    public List<(string Origin, string Warning)> Warnings { get; } = [];
    /// <summary>Wall-clock time of the ingest.</summary>
    public TimeSpan Elapsed { get; set; }

    /// <summary>Documents read successfully (new, present or updated).</summary>
    public int Documents => Added + AlreadyPresent + Updated;
}
