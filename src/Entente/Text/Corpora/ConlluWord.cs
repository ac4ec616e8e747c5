namespace Entente.Text.Corpora;

/// <summary>One syntactic word of a CoNLL-U sentence (a line whose ID is a plain integer).</summary>
public sealed record ConlluWord
{
    /// <summary>1-based word index.</summary>
    public required int Id { get; init; }
    /// <summary>FORM column.</summary>
    public required string Form { get; init; }
    /// <summary>LEMMA column (<c>_</c> kept as written).</summary>
    public string Lemma { get; init; } = "_";
    /// <summary>UPOS column.</summary>
    public string Upos { get; init; } = "_";
    /// <summary>XPOS column.</summary>
    public string Xpos { get; init; } = "_";
    /// <summary>FEATS column.</summary>
    public string Feats { get; init; } = "_";
    /// <summary>HEAD column: 0 for the root, -1 when absent (<c>_</c>).</summary>
    public int Head { get; init; } = -1;
    /// <summary>DEPREL column.</summary>
    public string Relation { get; init; } = "_";
    /// <summary>DEPS column.</summary>
    public string Deps { get; init; } = "_";
    /// <summary>MISC column.</summary>
    public string Misc { get; init; } = "_";

    /// <summary>True unless MISC says <c>SpaceAfter=No</c>.</summary>
    public bool SpaceAfter => !Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}
