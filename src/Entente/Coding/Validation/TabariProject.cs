using System.Text.RegularExpressions;

namespace Entente.Coding.Validation;

/// <summary>A TABARI project file: the dictionary and text files it names (<c>&lt;verbsfile&gt; TABARI.Demo.verbs</c>).</summary>
public sealed partial record TabariProject(string Folder, IReadOnlyDictionary<string, string> Files)
{
    [GeneratedRegex(@"^<(\w+)>\s+(\S+)")]
    private static partial Regex Entry();

    /// <summary>Reads a project file.</summary>
    public static TabariProject Read(string path)
    {
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in File.ReadLines(path))
        {
            var m = Entry().Match(line.Trim());
            if (m.Success) files[m.Groups[1].Value] = m.Groups[2].Value;
        }
        return new TabariProject(Path.GetDirectoryName(Path.GetFullPath(path))!, files);
    }

    /// <summary>Full path of a named file (<c>verbsfile</c>, <c>actorsfile</c>, ...), or null.</summary>
    public string? PathOf(string key) => Files.TryGetValue(key, out var f) ? Path.Combine(Folder, f) : null;
}
