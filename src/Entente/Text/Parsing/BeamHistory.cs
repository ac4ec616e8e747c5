namespace Entente.Text.Parsing;

/// <summary>
/// The move sequences of a sentence's beam as a tree of nodes (parent, move, label): every prefix
/// shares its start with the others, so extending one costs a node, not a copy. Node 0 is the start.
/// </summary>
internal sealed class BeamHistory
{
    private int[] _parent = new int[1024];
    private int[] _move = new int[1024];
    private int[] _label = new int[1024];
    private int _count = 1;

    /// <summary>Forgets all nodes but the start.</summary>
    public void Reset() => _count = 1;

    /// <summary>Adds the node reached from <paramref name="parent"/> by a move and returns it.</summary>
    public int Add(int parent, int move, int label)
    {
        if (_count == _parent.Length)
        {
            Array.Resize(ref _parent, _count * 2);
            Array.Resize(ref _move, _count * 2);
            Array.Resize(ref _label, _count * 2);
        }
        _parent[_count] = parent; _move[_count] = move; _label[_count] = label;
        return _count++;
    }

    /// <summary>The moves from the start to <paramref name="node"/>, in order.</summary>
    public List<(int Move, int Label)> Path(int node)
    {
        var path = new List<(int Move, int Label)>();
        for (int n = node; n != 0; n = _parent[n]) path.Add((_move[n], _label[n]));
        path.Reverse();
        return path;
    }
}
