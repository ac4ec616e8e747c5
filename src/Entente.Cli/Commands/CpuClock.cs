using System.Diagnostics;

namespace Entente.Cli.Commands;

/// <summary>
/// Processor time used by this process since <see cref="Start"/>. Throughput of single-threaded
/// work per CPU-second is stable on a shared, loaded machine where wall-clock rates are not.
/// </summary>
internal readonly struct CpuClock
{
    private readonly TimeSpan _start;

    private CpuClock(TimeSpan start) => _start = start;

    /// <summary>Starts a clock.</summary>
    public static CpuClock Start() => new(Process.GetCurrentProcess().TotalProcessorTime);

    /// <summary>CPU seconds used since the start.</summary>
    public double Seconds => Math.Max((Process.GetCurrentProcess().TotalProcessorTime - _start).TotalSeconds, 1e-9);
}
