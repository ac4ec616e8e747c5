namespace Entente.Tests;

/// <summary>Locates ../shared next to the repository root (the folder holding Entente.sln).</summary>
public static class SharedData
{
    private static readonly Lazy<string?> s_root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Entente.sln")))
            {
                var shared = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(shared) ? shared : null;
            }
        }
        return null;
    });

    /// <summary>Full path of a file under ../shared, or null when the shared data is absent.</summary>
    public static string? Path(string relative)
    {
        if (s_root.Value is null) return null;
        var p = System.IO.Path.Combine(s_root.Value, relative);
        return File.Exists(p) ? p : null;
    }

    /// <summary>The repository root.</summary>
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Entente.sln"))) return dir.FullName;
            throw new DirectoryNotFoundException("no Entente.sln above the test binaries");
        }
    }
}

/// <summary>A fact that is skipped, with a clear message, when a file it needs under ../shared is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute; <paramref name="files"/> are paths relative to ../shared.</summary>
    public SharedDataFactAttribute(params string[] files)
    {
        var missing = files.Where(f => SharedData.Path(f) is null).ToList();
        if (missing.Count > 0) Skip = $"needs ../shared/{string.Join(", ../shared/", missing)}, which is absent";
    }
}
