namespace Entente.Analysis;

/// <summary>
/// Coded events in columns: day number, source and target actor ids, quad class and Goldstein
/// score — the compact form the analyses read (about 17 bytes an event, no per-event objects).
/// </summary>
public sealed class EventTable
{
    private int[] _day = new int[256], _source = new int[256], _target = new int[256];
    private byte[] _quad = new byte[256];
    private float[] _goldstein = new float[256];

    /// <summary>Creates an empty table over <paramref name="actors"/> (a new index when null).</summary>
    public EventTable(ActorIndex? actors = null) => Actors = actors ?? new ActorIndex();

    /// <summary>The actor ids' codes.</summary>
    public ActorIndex Actors { get; }

    /// <summary>Number of events.</summary>
    public int Count { get; private set; }

    /// <summary>Day numbers (<see cref="DateOnly.DayNumber"/>), first <see cref="Count"/> valid.</summary>
    public ReadOnlySpan<int> Day => _day.AsSpan(0, Count);
    /// <summary>Source actor ids.</summary>
    public ReadOnlySpan<int> Source => _source.AsSpan(0, Count);
    /// <summary>Target actor ids.</summary>
    public ReadOnlySpan<int> Target => _target.AsSpan(0, Count);
    /// <summary>CAMEO quad classes, 1–4.</summary>
    public ReadOnlySpan<byte> Quad => _quad.AsSpan(0, Count);
    /// <summary>Goldstein scores.</summary>
    public ReadOnlySpan<float> Goldstein => _goldstein.AsSpan(0, Count);

    /// <summary>Adds an event by actor codes.</summary>
    public void Add(DateOnly date, string source, string target, int quad, double goldstein) =>
        Add(date.DayNumber, Actors.Intern(source), Actors.Intern(target), quad, goldstein);

    /// <summary>Adds an event by day number and actor ids.</summary>
    public void Add(int day, int source, int target, int quad, double goldstein)
    {
        if (quad is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(quad), quad, "quad class is 1 to 4");
        if (Count == _day.Length) Grow();
        _day[Count] = day;
        _source[Count] = source;
        _target[Count] = target;
        _quad[Count] = (byte)quad;
        _goldstein[Count] = (float)goldstein;
        Count++;
    }

    private void Grow()
    {
        int n = _day.Length * 2;
        Array.Resize(ref _day, n);
        Array.Resize(ref _source, n);
        Array.Resize(ref _target, n);
        Array.Resize(ref _quad, n);
        Array.Resize(ref _goldstein, n);
    }

    /// <summary>Sums the events into one bin per (source, target, period).</summary>
    public DyadBins ToBins(Granularity granularity)
    {
        var bins = new DyadBins(Actors, granularity);
        var slot = new Dictionary<(int, int, int), int>();
        for (int i = 0; i < Count; i++)
        {
            int period = Periods.Start(_day[i], granularity);
            var key = (period, _source[i], _target[i]);
            if (!slot.TryGetValue(key, out int b))
            {
                b = bins.Add(period, _source[i], _target[i], 0, 0, 0, 0, 0, 0);
                slot.Add(key, b);
            }
            float g = _goldstein[i];
            bins.Accumulate(b, _quad[i], g > 0 ? g : 0, g < 0 ? -g : 0);
        }
        return bins;
    }
}
