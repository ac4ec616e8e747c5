using System.Runtime.InteropServices;

namespace Entente.Text.Learning;

/// <summary>
/// A large zeroed array outside the managed heap, aligned to 2 MB and marked for transparent huge
/// pages on Linux. The models' weight tables are read at random positions far apart: with 4 KB
/// pages nearly every lookup also misses the TLB (and on a virtual machine a page walk costs
/// dozens of memory reads); with 2 MB pages the whole table needs a few dozen TLB entries.
/// Where huge pages are unavailable the memory behaves as ordinary memory.
/// </summary>
internal sealed unsafe class HugePageArray<T> : IDisposable where T : unmanaged
{
    private const nuint HugePage = 2 * 1024 * 1024;
    private const int MadvHugePage = 14;
    private void* _memory;

    /// <summary>Number of elements.</summary>
    public int Length { get; }

    /// <summary>Allocates <paramref name="length"/> zeroed elements.</summary>
    public HugePageArray(long length)
    {
        if (length is < 0 or > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(length));
        Length = (int)length;
        nuint bytes = (nuint)length * (nuint)sizeof(T);
        nuint rounded = (bytes + HugePage - 1) / HugePage * HugePage;
        _memory = NativeMemory.AlignedAlloc(Math.Max(rounded, HugePage), HugePage);
        // Advise before the first write, so the pages are faulted in as huge pages.
        if (OperatingSystem.IsLinux()) _ = HugePages.Madvise(_memory, Math.Max(rounded, HugePage), MadvHugePage);
        NativeMemory.Clear(_memory, bytes);
        GC.AddMemoryPressure((long)bytes);
        _bytes = (long)bytes;
        HugePages.Track(_bytes);
    }

    private readonly long _bytes;

    /// <summary>The elements.</summary>
    public Span<T> Span => new(_memory, Length);

    /// <summary>Pointer to the first element (valid while this object is alive).</summary>
    public T* Pointer => (T*)_memory;

    /// <inheritdoc/>
    public void Dispose()
    {
        Free();
        GC.SuppressFinalize(this);
    }

    ~HugePageArray() => Free();

    private void Free()
    {
        if (_memory is null) return;
        NativeMemory.AlignedFree(_memory);
        _memory = null;
        GC.RemoveMemoryPressure(_bytes);
        HugePages.Track(-_bytes);
    }
}

/// <summary>
/// What the models hold outside the managed heap in huge-page arrays (their weight tables), for
/// memory reports; and the one libc call those arrays need.
/// </summary>
public static unsafe class HugePages
{
    private static long s_liveBytes;

    /// <summary>Bytes currently held by huge-page arrays (the loaded models' weight tables).</summary>
    public static long LiveBytes => Interlocked.Read(ref s_liveBytes);

    internal static void Track(long bytes) => Interlocked.Add(ref s_liveBytes, bytes);

    [DllImport("libc", EntryPoint = "madvise", SetLastError = false)]
    internal static extern int Madvise(void* address, nuint length, int advice);
}
