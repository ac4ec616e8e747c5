using System.Globalization;
using System.Text.RegularExpressions;
using Entente.Model;

namespace Entente.Coding.Ontology;

/// <summary>
/// The CAMEO codebook files as their authors distribute them — event codes and names, Goldstein
/// scores, the CAMEO-to-PLOVER table — read where they are kept (<c>../shared/ontology</c> beside
/// the repository, or the folder in <c>ENTENTE_ONTOLOGY</c>). They are not shipped with Entente:
/// their licences are not ours. Our corrections and additions live in <c>dictionaries/cameo</c>.
/// </summary>
public static partial class CameoCodebook
{
    /// <summary>Event codes and names: <c>code TAB name</c> after a header row.</summary>
    public const string EventCodesFile = "CAMEO.eventcodes.txt";
    /// <summary>Goldstein scores: <c>code TAB score</c> after a header row.</summary>
    public const string GoldsteinFile = "CAMEO.goldsteinscale.txt";
    /// <summary>CAMEO to PLOVER: <c>code: TYPE, mode, context[; context] # comment</c>.</summary>
    public const string PloverFile = "CAMEO2PLOVER-2021.txt";
    /// <summary>Environment variable naming the folder that holds the three files.</summary>
    public const string EnvironmentVariable = "ENTENTE_ONTOLOGY";

    /// <summary>
    /// The folder holding the codebook: <c>ENTENTE_ONTOLOGY</c> when set, else the first
    /// <c>shared/ontology</c> found walking up from the working directory or from the program.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">No folder with the codebook files was found.</exception>
    public static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(configured))
            return File.Exists(Path.Combine(configured, EventCodesFile)) ? configured
                : throw new DirectoryNotFoundException($"{EnvironmentVariable}={configured} has no {EventCodesFile}");
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "ontology");
                if (File.Exists(Path.Combine(candidate, EventCodesFile))) return candidate;
            }
        throw new DirectoryNotFoundException(
            $"the CAMEO codebook ({EventCodesFile}, {GoldsteinFile}, {PloverFile}) was not found: keep ../shared/ontology beside the repository or set {EnvironmentVariable}");
    }

    /// <summary>Code → name (trimmed); the quad-class rows (one-digit codes) are left out.</summary>
    public static Dictionary<string, string> ReadNames(string path) =>
        ReadPairs(path, (code, value, _) => CameoCode.TryParse(code, out CameoCode _) ? value.Trim() : null);

    /// <summary>Code → Goldstein score in -10..10.</summary>
    public static Dictionary<string, double> ReadGoldstein(string path)
    {
        var texts = ReadPairs(path, (code, value, line) =>
            double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double s) && s is >= -10 and <= 10 ? value
            : CameoCode.TryParse(code, out CameoCode _) ? throw new DictionaryFormatException(path, line, $"'{value}' is not a Goldstein score in -10..10") : null);
        return texts.ToDictionary(p => p.Key, p => double.Parse(p.Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }

    /// <summary>Code → PLOVER event (type, mode) and contexts; lines that are not <c>code: ...</c> are skipped.</summary>
    public static Dictionary<string, (PloverEvent? Event, string[] Contexts)> ReadPlover(string path)
    {
        var map = new Dictionary<string, (PloverEvent?, string[])>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var m = PloverLine().Match(line);
            if (!m.Success) continue;
            var fields = m.Groups[2].Value.Split('#')[0].Split(',').Select(f => f.Trim()).ToArray();
            string? Field(int i) => i < fields.Length && fields[i].Length > 0 ? fields[i] : null;
            var contexts = fields.Skip(2).SelectMany(f => f.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray();
            map[m.Groups[1].Value] = (Field(0) is { } type ? new PloverEvent(type, Field(1)) : null, contexts);
        }
        return map;
    }

    private static Dictionary<string, string> ReadPairs(string path, Func<string, string, int, string?> accept)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            int tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            if (accept(line[..tab].Trim(), line[(tab + 1)..], lineNo) is { } value) result[line[..tab].Trim()] = value;
        }
        return result;
    }

    [GeneratedRegex(@"^\s*(\d{2,4})\s*:\s*(.*)$")]
    private static partial Regex PloverLine();
}
