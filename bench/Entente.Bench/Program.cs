using BenchmarkDotNet.Running;

namespace Entente.Bench;

/// <summary>BenchmarkDotNet entry point: <c>dotnet run -c Release --project bench/Entente.Bench -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected on the command line.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
