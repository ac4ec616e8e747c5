namespace Entente.Text.Lemmas;

/// <summary>An edit from a word form to its lemma: remove <see cref="Strip"/> final characters, then append <see cref="Append"/>.</summary>
/// <param name="Strip">Characters removed from the end of the form.</param>
/// <param name="Append">Text appended after stripping.</param>
public readonly record struct LemmaTransform(int Strip, string Append)
{
    /// <summary>The transform that turns <paramref name="form"/> into <paramref name="lemma"/>.</summary>
    public static LemmaTransform Between(string form, string lemma)
    {
        int p = 0;
        while (p < form.Length && p < lemma.Length && form[p] == lemma[p]) p++;
        return new LemmaTransform(form.Length - p, lemma[p..]);
    }

    /// <summary>Applies the transform; returns null when the form is too short for it.</summary>
    public string? Apply(string form) =>
        Strip >= form.Length ? null : Strip == 0 && Append.Length == 0 ? form : string.Concat(form.AsSpan(0, form.Length - Strip), Append);
}
