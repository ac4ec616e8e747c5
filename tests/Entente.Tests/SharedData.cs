namespace Entente.Tests;

/// <summary>Locates ../shared (the data folder next to the repository) for tests that read corpora.</summary>
public static class SharedData
{
    /// <summary>The shared folder, or null when absent.</summary>
    public static string? Root { get; } = Find();

    /// <summary>A file under ../shared, or null when the folder or file is absent.</summary>
    public static string? File(string relative)
    {
        if (Root is null) return null;
        var p = System.IO.Path.Combine(Root, relative);
        return System.IO.File.Exists(p) ? p : null;
    }

    /// <summary>EWT dev CoNLL-U.</summary>
    public const string EwtDev = "data/ud-english-ewt/en_ewt-ud-dev.conllu";

    /// <summary>UNER dev IOB2.</summary>
    public const string UnerDev = "data/uner-english-ewt/dev.iob2";

    private static string? Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Entente.sln"))) dir = dir.Parent;
        if (dir?.Parent is null) return null;
        var shared = System.IO.Path.Combine(dir.Parent.FullName, "shared");
        return Directory.Exists(shared) ? shared : null;
    }
}

/// <summary>A fact that is skipped, with a message, when ../shared/<c>file</c> is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Skips unless <paramref name="file"/> exists under ../shared.</summary>
    public SharedDataFactAttribute(string file)
    {
        if (SharedData.File(file) is null) Skip = $"../shared/{file} not found (shared data folder next to the repository); skipping.";
    }
}
