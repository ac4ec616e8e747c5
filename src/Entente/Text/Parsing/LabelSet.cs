namespace Entente.Text.Parsing;

/// <summary>
/// The dependency labels a parser predicts, with dense ids. Includes lifted labels
/// (<c>label|headlabel</c>, see <see cref="PseudoProjective"/>) and always the <c>root</c> label.
/// </summary>
public sealed class LabelSet
{
    /// <summary>The label of the arc from the artificial root.</summary>
    public const string RootLabel = "root";

    private readonly string[] _names;
    private readonly string[] _baseNames;
    private readonly bool[] _lifted;
    private readonly Dictionary<string, int> _ids;

    /// <summary>Creates the set; <c>root</c> is added when missing.</summary>
    public LabelSet(IEnumerable<string> names)
    {
        var list = names.Distinct(StringComparer.Ordinal).ToList();
        if (!list.Contains(RootLabel)) list.Insert(0, RootLabel);
        _names = [.. list];
        _baseNames = _names.Select(PseudoProjective.BaseLabel).ToArray();
        _lifted = _names.Select(n => n.Contains(PseudoProjective.Separator)).ToArray();
        _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _names.Length; i++) _ids[_names[i]] = i;
        Root = _ids[RootLabel];
    }

    /// <summary>Number of labels.</summary>
    public int Count => _names.Length;

    /// <summary>Id of <c>root</c>.</summary>
    public int Root { get; }

    /// <summary>All labels in id order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The label with id <paramref name="id"/>, as encoded (may carry a lifting suffix).</summary>
    public string this[int id] => _names[id];

    /// <summary>The label without any lifting suffix.</summary>
    public string BaseName(int id) => _baseNames[id];

    /// <summary>True when the label encodes a lifted arc.</summary>
    public bool IsLifted(int id) => _lifted[id];

    /// <summary>The best-scoring label other than <c>root</c> (which only the root's arc takes); scores are per id.</summary>
    public int Best(Span<float> scores)
    {
        scores[Root] = float.NegativeInfinity;
        int best = 0;
        for (int i = 1; i < Count; i++) if (scores[i] > scores[best]) best = i;
        return best;
    }

    /// <summary>Id of a label, or -1.</summary>
    public int IdOf(string name) => _ids.TryGetValue(name, out int id) ? id : -1;
}
