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
        _bytes = (long)((nuint)length * (nuint)sizeof(T));
        nuint rounded = Math.Max(((nuint)_bytes + HugePage - 1) / HugePage * HugePage, HugePage);
        if (OperatingSystem.IsLinux() && HugePages.Map(rounded + HugePage) is var mapped && mapped is not null)
        {
            // Fresh anonymous memory is zero and not yet backed: advised before the first write, it is
            // faulted in as huge pages, and it needs no clearing of our own.
            _mapped = mapped;
            _mappedLength = rounded + HugePage;
            _memory = (void*)(((nuint)mapped + HugePage - 1) & ~(HugePage - 1));
            _ = HugePages.Madvise(_memory, rounded, MadvHugePage);
        }
        else
        {
            _memory = NativeMemory.AlignedAlloc(rounded, HugePage);
            NativeMemory.Clear(_memory, (nuint)_bytes);
        }
        GC.AddMemoryPressure(_bytes);
        HugePages.Track(_bytes);
    }

    private readonly long _bytes;
    private readonly void* _mapped;
    private readonly nuint _mappedLength;

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
        if (_mapped is not null) HugePages.Unmap(_mapped, _mappedLength);
        else NativeMemory.AlignedFree(_memory);
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

    /// <summary>Fresh zeroed private memory from the kernel, or null when mapping fails.</summary>
    internal static void* Map(nuint length)
    {
        const int ProtReadWrite = 1 | 2, MapPrivateAnonymous = 0x02 | 0x20;
        void* p = Mmap(null, length, ProtReadWrite, MapPrivateAnonymous, -1, 0);
        return p == (void*)-1 ? null : p;
    }

    internal static void Unmap(void* address, nuint length) => _ = Munmap(address, length);

    [DllImport("libc", EntryPoint = "mmap", SetLastError = false)]
    private static extern void* Mmap(void* address, nuint length, int protection, int flags, int fd, nint offset);

    [DllImport("libc", EntryPoint = "munmap", SetLastError = false)]
    private static extern int Munmap(void* address, nuint length);
}
