using System.Reflection;

namespace Entente.Text.Models;

/// <summary>
/// Finds shipped model files. The files under the repository's <c>models/</c> folder are embedded
/// in this assembly (so the packed tool carries them); a folder named by the environment variable
/// <c>ENTENTE_MODELS</c> takes precedence, so a freshly trained model can be tried without a rebuild.
/// </summary>
public static class ModelResources
{
    /// <summary>Opens a model by file name (e.g. <c>tagger.bin</c>), or returns null when there is none.</summary>
    public static Stream? Open(string fileName)
    {
        var dir = Environment.GetEnvironmentVariable("ENTENTE_MODELS");
        if (!string.IsNullOrEmpty(dir))
        {
            var path = Path.Combine(dir, fileName);
            if (File.Exists(path)) return File.OpenRead(path);
        }
        return typeof(ModelResources).Assembly.GetManifestResourceStream("models/" + fileName);
    }

    /// <summary>Names of the embedded model files.</summary>
    public static IEnumerable<string> EmbeddedNames() =>
        typeof(ModelResources).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("models/", StringComparison.Ordinal))
            .Select(n => n["models/".Length..]);
}
