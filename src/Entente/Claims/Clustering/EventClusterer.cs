namespace Entente.Claims.Clustering;

/// <summary>
/// Incremental cross-document clustering. Clusters are the connected components of the "compatible" relation of
/// <see cref="ClusterRule"/>, and each cluster's representative is its smallest mention id (ordinal order), so any
/// arrival order of the same mentions yields the same clusters with the same representatives. Adding a mention
/// looks only at its block's mentions within the date window (a sorted list per block), then merges components with
/// union–find. Not thread-safe: one clusterer per writer.
/// </summary>
public sealed class EventClusterer
{
    private readonly List<ClusterMention> _mentions = [];
    private readonly List<int> _parent = [];
    private readonly List<int> _best = []; // index of the smallest id in each root's component
    private readonly Dictionary<string, List<int>> _blocks = new(StringComparer.Ordinal);

    /// <summary>Number of mentions added.</summary>
    public int Count => _mentions.Count;

    /// <summary>Adds a mention and returns its index.</summary>
    public int Add(in ClusterMention m)
    {
        int idx = _mentions.Count;
        _mentions.Add(m);
        _parent.Add(idx);
        _best.Add(idx);
        if (!_blocks.TryGetValue(m.Block, out var list)) _blocks[m.Block] = list = [];
        var (low, high) = ClusterRule.CandidateFirstDays(m);
        for (int i = LowerBound(list, low); i < list.Count && _mentions[list[i]].FirstDay <= high; i++)
            if (ClusterRule.Compatible(m, _mentions[list[i]])) Union(idx, list[i]);
        list.Insert(LowerBound(list, m.FirstDay + 1), idx);
        return idx;
    }

    /// <summary>The representative (smallest mention id) of the cluster of mention <paramref name="index"/>.</summary>
    public string RepresentativeOf(int index) => _mentions[_best[Find(index)]].Id;

    /// <summary>The mention added at <paramref name="index"/>.</summary>
    public ClusterMention this[int index] => _mentions[index];

    /// <summary>Number of clusters.</summary>
    public int ClusterCount
    {
        get
        {
            int n = 0;
            for (int i = 0; i < _parent.Count; i++) if (Find(i) == i) n++;
            return n;
        }
    }

    private int LowerBound(List<int> list, int firstDay)
    {
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_mentions[list[mid]].FirstDay < firstDay) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private int Find(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }
        return i;
    }

    private void Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra == rb) return;
        if (ra > rb) (ra, rb) = (rb, ra);
        _parent[rb] = ra;
        if (string.CompareOrdinal(_mentions[_best[rb]].Id, _mentions[_best[ra]].Id) < 0) _best[ra] = _best[rb];
    }
}
