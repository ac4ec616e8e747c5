using Entente.Tests.Support;

namespace Entente.Tests.Actors;

/// <summary>The peer dictionaries in ../shared, or null when that folder is absent.</summary>
internal static class SharedData
{
    public static string? Root { get; } = Directory.Exists(Path.Combine(RepoPaths.Shared, "peers")) ? RepoPaths.Shared : null;

    public static string PetrarchDictionaries => Path.Combine(Root!, "peers", "petrarch2", "dictionaries");
    public static string Tabari => Path.Combine(Root!, "peers", "tabari");
}

/// <summary>A fact that is skipped, with the reason, when ../shared is not there.</summary>
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Root is null) Skip = "../shared (peer dictionaries) not found next to the repository; skipped.";
    }
}
