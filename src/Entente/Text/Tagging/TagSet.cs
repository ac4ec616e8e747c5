namespace Entente.Text.Tagging;

/// <summary>
/// The tagger's classes: each is a (UPOS, Penn XPOS) pair seen in training, predicted jointly so
/// that the two tag layers never disagree.
/// </summary>
public sealed class TagSet
{
    private readonly string[] _upos;
    private readonly string[] _xpos;
    private readonly Dictionary<(string, string), int> _index = new();

    /// <summary>Creates a tag set from its pairs, in class order.</summary>
    public TagSet(IEnumerable<(string Upos, string Xpos)> pairs)
    {
        var list = pairs.ToList();
        _upos = list.Select(p => string.Intern(p.Upos)).ToArray();
        _xpos = list.Select(p => string.Intern(p.Xpos)).ToArray();
        for (int i = 0; i < list.Count; i++) _index[(list[i].Upos, list[i].Xpos)] = i;
    }

    /// <summary>Number of classes.</summary>
    public int Count => _upos.Length;

    /// <summary>UPOS of class <paramref name="c"/>.</summary>
    public string Upos(int c) => _upos[c];

    /// <summary>XPOS of class <paramref name="c"/>.</summary>
    public string Xpos(int c) => _xpos[c];

    /// <summary>The class of a pair, or -1 when unseen.</summary>
    public int IndexOf(string upos, string xpos) => _index.TryGetValue((upos, xpos), out int c) ? c : -1;
}
