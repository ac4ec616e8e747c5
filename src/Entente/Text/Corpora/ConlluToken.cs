namespace Entente.Text.Corpora;

/// <summary>
/// A surface token of a CoNLL-U sentence: either one word, or a multiword token (<c>1-2</c> line,
/// e.g. "don't" → "do" + "n't") covering several words.
/// </summary>
/// <param name="Form">The surface form.</param>
/// <param name="FirstWord">1-based id of the first word it covers.</param>
/// <param name="LastWord">1-based id of the last word it covers.</param>
/// <param name="Misc">MISC column of the token line (SpaceAfter lives here for multiword tokens).</param>
public sealed record ConlluToken(string Form, int FirstWord, int LastWord, string Misc)
{
    /// <summary>True unless MISC says <c>SpaceAfter=No</c>.</summary>
    public bool SpaceAfter => !Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);

    /// <summary>True for a multiword token.</summary>
    public bool IsMultiword => LastWord > FirstWord;
}
