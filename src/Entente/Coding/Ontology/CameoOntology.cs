using System.Collections.Frozen;
using Entente.Model;

namespace Entente.Coding.Ontology;

/// <summary>
/// The CAMEO event codes with their names, Goldstein scores, quad classes and PLOVER mapping: the
/// codebook files as distributed (<see cref="CameoCodebook"/>) with our corrections and additions
/// from <c>dictionaries/cameo/</c>. Immutable and thread-safe.
/// </summary>
public sealed class CameoOntology
{
    private static readonly Lazy<CameoOntology> s_default = new(LoadDefault);

    private readonly FrozenDictionary<string, CameoEntry> _entries;
    private readonly FrozenDictionary<int, string> _quadNames;

    /// <summary>The codebook beside the repository with our corrections, loaded once.</summary>
    public static CameoOntology Default => s_default.Value;

    /// <summary>Version of our PLOVER additions table.</summary>
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

    /// <summary>Loads the codebook found by <see cref="CameoCodebook.Locate"/> with our embedded corrections.</summary>
    public static CameoOntology LoadDefault() => Load(CameoCodebook.Locate());

    /// <summary>
    /// Loads the codebook files in <paramref name="codebookDirectory"/> (see <see cref="CameoCodebook"/>),
    /// then applies our embedded tables: name corrections, PLOVER additions and the quad classes.
    /// </summary>
    public static CameoOntology Load(string codebookDirectory) => Build(
        CameoCodebook.ReadNames(Path.Combine(codebookDirectory, CameoCodebook.EventCodesFile)),
        CameoCodebook.ReadGoldstein(Path.Combine(codebookDirectory, CameoCodebook.GoldsteinFile)),
        CameoCodebook.ReadPlover(Path.Combine(codebookDirectory, CameoCodebook.PloverFile)),
        Embedded("name-corrections.tsv"), Embedded("plover-additions.tsv"), Embedded("quad-classes.tsv"),
        Path.Combine(codebookDirectory, CameoCodebook.GoldsteinFile));

    private static TsvTable Embedded(string file) =>
        TsvTable.Parse("dictionaries/cameo/" + file, DictionaryResources.ReadText("cameo/" + file));

    /// <summary>
    /// Every code with a Goldstein score becomes an entry; its name (corrected where we correct it) and its
    /// PLOVER row (ours where we add one, possibly the explicit "-" for none) must exist, else a
    /// <see cref="DictionaryFormatException"/> names the file.
    /// </summary>
    private static CameoOntology Build(Dictionary<string, string> names, Dictionary<string, double> goldstein,
        Dictionary<string, (PloverEvent? Event, string[] Contexts)> plover, TsvTable corrections, TsvTable additions,
        TsvTable quadClasses, string goldsteinPath)
    {
        foreach (var (_, f) in corrections.Rows) names[f[0]] = f[1];
        foreach (var (_, f) in additions.Rows)
            plover[f[0]] = (f[1] == "-" ? null : new PloverEvent(f[1], f[2] == "-" ? null : f[2]),
                f[3] == "-" ? [] : f[3].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        var entries = new Dictionary<string, CameoEntry>(StringComparer.Ordinal);
        foreach (var (text, score) in goldstein)
        {
            if (!CameoCode.TryParse(text, out var code)) continue;
            if (!names.TryGetValue(text, out var name)) throw new DictionaryFormatException(goldsteinPath, 1, $"code {text} has no name");
            if (!plover.TryGetValue(text, out var p)) throw new DictionaryFormatException(goldsteinPath, 1, $"code {text} has no PLOVER row");
            entries[text] = new CameoEntry(code, name, score, p.Event, p.Contexts);
        }
        var quads = new Dictionary<int, string>();
        foreach (var (_, f) in quadClasses.Rows) quads[int.Parse(f[0], System.Globalization.CultureInfo.InvariantCulture)] = f[3];
        return new CameoOntology(additions.Version, entries, quads);
    }
}
