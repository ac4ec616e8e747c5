namespace Entente.Analysis;

/// <summary>
/// Interns actor codes as dense integer ids so analysis loops work on arrays of ints instead of
/// strings. Not thread-safe while codes are being added; read-only use afterwards is safe.
/// </summary>
public sealed class ActorIndex
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _codes = [];

    /// <summary>Number of distinct codes.</summary>
    public int Count => _codes.Count;

    /// <summary>The code of id <paramref name="id"/>.</summary>
    public string this[int id] => _codes[id];

    /// <summary>All codes, in id order.</summary>
    public IReadOnlyList<string> Codes => _codes;

    /// <summary>The id of <paramref name="code"/> (upper-cased), adding it when new.</summary>
    public int Intern(string code)
    {
        code = code.Trim().ToUpperInvariant();
        if (_ids.TryGetValue(code, out int id)) return id;
        id = _codes.Count;
        _ids.Add(code, id);
        _codes.Add(code);
        return id;
    }

    /// <summary>The id of <paramref name="code"/>, or -1 when it has not been seen.</summary>
    public int Find(string code) => _ids.TryGetValue(code.Trim().ToUpperInvariant(), out int id) ? id : -1;

    /// <summary>
    /// A mask over ids: true where the code equals <paramref name="prefix"/> or starts with it
    /// (<c>RUS</c> matches <c>RUSGOV</c>), the same prefix rule the event filters use.
    /// </summary>
    public bool[] MatchPrefix(string prefix)
    {
        prefix = prefix.Trim().ToUpperInvariant();
        var mask = new bool[_codes.Count];
        for (int i = 0; i < mask.Length; i++) mask[i] = _codes[i].StartsWith(prefix, StringComparison.Ordinal);
        return mask;
    }
}
