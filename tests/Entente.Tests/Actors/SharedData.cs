namespace Entente.Tests.Actors;

/// <summary>Finds ../shared next to the repository root (the folder holding Entente.sln).</summary>
internal static class SharedData
{
    public static string? Root { get; } = Find();

    public static string PetrarchDictionaries => Path.Combine(Root!, "peers", "petrarch2", "dictionaries");
    public static string Tabari => Path.Combine(Root!, "peers", "tabari");

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Entente.sln"))) continue;
            var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            return Directory.Exists(Path.Combine(shared, "peers")) ? shared : null;
        }
        return null;
    }
}

/// <summary>A fact that is skipped, with the reason, when ../shared is not there.</summary>
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Root is null) Skip = "../shared (peer dictionaries) not found next to the repository; skipped.";
    }
}
