namespace Entente.Text.Entities;

/// <summary>
/// BILOU labels used inside the recognizer (Begin, Inside, Last, Unit, Outside), with conversion
/// from and to IOB2 and the transitions allowed after a label.
/// </summary>
public sealed class EntityLabels
{
    private readonly string[] _names;
    private readonly string[] _iob2;
    private readonly bool[,] _allowed;

    /// <summary>Creates the label set for entity types, e.g. PER, ORG, LOC.</summary>
    public EntityLabels(IReadOnlyList<string> types)
    {
        Types = types.ToArray();
        _names = ["O", .. Types.SelectMany(t => new[] { "B-" + t, "I-" + t, "L-" + t, "U-" + t })];
        _iob2 = _names.Select(x => x[0] switch { 'O' => "O", 'B' or 'U' => "B-" + x[2..], _ => "I-" + x[2..] }).ToArray();
        int n = _names.Length;
        _allowed = new bool[n + 1, n]; // row n = sentence start
        for (int prev = 0; prev <= n; prev++)
            for (int next = 0; next < n; next++)
                _allowed[prev, next] = Allowed(prev == n ? "O" : _names[prev], _names[next]);
    }

    /// <summary>Entity types.</summary>
    public string[] Types { get; }

    /// <summary>Number of labels.</summary>
    public int Count => _names.Length;

    /// <summary>Name of label <paramref name="i"/>.</summary>
    public string Name(int i) => _names[i];

    /// <summary>Index of a label name.</summary>
    public int IndexOf(string name) => Array.IndexOf(_names, name);

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="prev"/> (-1 = sentence start).</summary>
    public bool CanFollow(int prev, int next) => _allowed[prev < 0 ? _names.Length : prev, next];

    /// <summary>Whether label <paramref name="last"/> may end a sentence.</summary>
    public bool CanEnd(int last) => _names[last][0] is 'O' or 'L' or 'U';

    private static bool Allowed(string prev, string next)
    {
        bool open = prev[0] is 'B' or 'I';
        if (next[0] is 'I' or 'L') return open && prev[2..] == next[2..];
        return !open;
    }

    /// <summary>Converts IOB2 tags (with any type) to BILOU label ids; unknown types become O.</summary>
    public int[] FromIob2(IReadOnlyList<string> tags)
    {
        var result = new int[tags.Count];
        for (int i = 0; i < tags.Count; i++)
        {
            var t = tags[i];
            if (t.Length < 3) { result[i] = 0; continue; }
            var type = t[2..];
            bool begins = t[0] == 'B' || i == 0 || tags[i - 1].Length < 3 || tags[i - 1][2..] != type;
            bool continues = i + 1 < tags.Count && tags[i + 1].Length > 2 && tags[i + 1][0] == 'I' && tags[i + 1][2..] == type;
            string prefix = begins ? (continues ? "B-" : "U-") : (continues ? "I-" : "L-");
            int id = IndexOf(prefix + type);
            result[i] = id < 0 ? 0 : id;
        }
        return result;
    }

    /// <summary>Converts a BILOU label to IOB2.</summary>
    public string ToIob2(int label) => _iob2[label];
}
