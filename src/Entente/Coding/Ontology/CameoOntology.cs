using System.Collections.Frozen;
using Entente.Model;

namespace Entente.Coding.Ontology;

/// <summary>
/// The CAMEO event codes with their names, Goldstein scores, quad classes and PLOVER mapping,
/// read from our versioned tables in <c>dictionaries/cameo/</c>. Immutable and thread-safe.
/// </summary>
public sealed class CameoOntology
{
    private static readonly Lazy<CameoOntology> s_default = new(LoadEmbedded);

    private readonly FrozenDictionary<string, CameoEntry> _entries;
    private readonly FrozenDictionary<int, string> _quadNames;

    /// <summary>The ontology shipped in the assembly.</summary>
    public static CameoOntology Default => s_default.Value;

    /// <summary>Version of the event-code table.</summary>
    public int Version { get; }

    private CameoOntology(int version, Dictionary<string, CameoEntry> entries, Dictionary<int, string> quadNames)
    {
        Version = version;
        _entries = entries.ToFrozenDictionary(StringComparer.Ordinal);
        _quadNames = quadNames.ToFrozenDictionary();
    }

    /// <summary>All codes, in codebook order.</summary>
    public IReadOnlyList<CameoEntry> Entries => _entries.Values.OrderBy(e => e.Code.Root, StringComparer.Ordinal)
        .ThenBy(e => e.Code.Value, StringComparer.Ordinal).ToList();

    /// <summary>Number of codes.</summary>
    public int Count => _entries.Count;

    /// <summary>Looks a code up.</summary>
    public bool TryGet(string code, out CameoEntry entry) => _entries.TryGetValue(code, out entry!);

    /// <summary>True when the code is in the codebook.</summary>
    public bool Contains(string code) => _entries.ContainsKey(code);

    /// <summary>The entry of a code.</summary>
    /// <exception cref="KeyNotFoundException">The code is not in the codebook.</exception>
    public CameoEntry this[string code] => _entries.TryGetValue(code, out var e) ? e
        : throw new KeyNotFoundException($"'{code}' is not a CAMEO event code");

    /// <summary>The codebook name of a code.</summary>
    public string Name(CameoCode code) => this[code.Value].Name;

    /// <summary>The Goldstein score of a code.</summary>
    public double Goldstein(CameoCode code) => this[code.Value].Goldstein;

    /// <summary>The PLOVER type and mode of a code, null when PLOVER has none.</summary>
    public PloverEvent? Plover(CameoCode code) => this[code.Value].Plover;

    /// <summary>The quad class (1–4) of a code.</summary>
    public int QuadClass(CameoCode code) => code.QuadClass;

    /// <summary>The name of a quad class, e.g. "Verbal Cooperation".</summary>
    public string QuadClassName(int quadClass) => _quadNames[quadClass];

    /// <summary>Loads the tables embedded in the assembly.</summary>
    public static CameoOntology LoadEmbedded() => Load(
        TsvTable.Parse("dictionaries/cameo/codes.tsv", DictionaryResources.ReadText("cameo/codes.tsv")),
        TsvTable.Parse("dictionaries/cameo/plover.tsv", DictionaryResources.ReadText("cameo/plover.tsv")),
        TsvTable.Parse("dictionaries/cameo/quad-classes.tsv", DictionaryResources.ReadText("cameo/quad-classes.tsv")));

    /// <summary>
    /// Builds the ontology from its tables: codes (code, Goldstein score, name), the PLOVER map and the quad classes.
    /// Every event code must have a score in -10..10 and a PLOVER row (possibly the explicit "-" for none); anything
    /// else is a <see cref="DictionaryFormatException"/>.
    /// </summary>
    public static CameoOntology Load(TsvTable codes, TsvTable plover, TsvTable quadClasses)
    {
        var plovers = new Dictionary<string, (PloverEvent?, string[])>(StringComparer.Ordinal);
        foreach (var (_, f) in plover.Rows)
        {
            PloverEvent? ev = f[1] == "-" ? null : new PloverEvent(f[1], f[2] == "-" ? null : f[2]);
            var contexts = f[3] == "-" ? [] : f[3].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            plovers[f[0]] = (ev, contexts);
        }
        var entries = new Dictionary<string, CameoEntry>(StringComparer.Ordinal);
        foreach (var (line, f) in codes.Rows)
        {
            if (!CameoCode.TryParse(f[0], out var code)) throw new DictionaryFormatException(codes.Name, line, $"'{f[0]}' is not a CAMEO code");
            if (!double.TryParse(f[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var score) || score is < -10 or > 10)
                throw new DictionaryFormatException(codes.Name, line, $"'{f[1]}' is not a Goldstein score in -10..10");
            if (!plovers.TryGetValue(f[0], out var p)) throw new DictionaryFormatException(codes.Name, line, $"code {f[0]} has no PLOVER row");
            entries[f[0]] = new CameoEntry(code, f[2], score, p.Item1, p.Item2);
        }
        var quads = new Dictionary<int, string>();
        foreach (var (_, f) in quadClasses.Rows) quads[int.Parse(f[0], System.Globalization.CultureInfo.InvariantCulture)] = f[3];
        return new CameoOntology(codes.Version, entries, quads);
    }
}
