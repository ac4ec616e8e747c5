using System.Reflection;
using System.Text;

namespace Entente.Actors.Dictionaries;

/// <summary>
/// Loads the built-in dictionaries (embedded from the repository's <c>dictionaries/actors</c> folder)
/// and user files beside them, in the format named or sniffed from the content: our blocks, our agent
/// lines, TABARI <c>.actors</c> (stems), PETRARCH2/Phoenix <c>.txt</c> (whole words), or field agents.
/// </summary>
public static class ActorDictionaryLoader
{
    private const string ResourcePrefix = "dictionaries/actors/";
    private static readonly Lazy<ActorDictionary> BuiltInOnly = new(() => Load([], includeBuiltIn: true));

    /// <summary>The built-in dictionary alone, loaded once and shared.</summary>
    public static ActorDictionary BuiltIn => BuiltInOnly.Value;

    /// <summary>Loads the built-in dictionary (unless excluded) and then each file, in order.</summary>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    public static ActorDictionary Load(IEnumerable<string> files, bool includeBuiltIn = true)
    {
        var builder = new ActorDictionaryBuilder();
        if (includeBuiltIn) AddBuiltIn(builder);
        foreach (var f in files) AddFile(builder, f);
        return builder.Build();
    }

    /// <summary>Adds the embedded dictionaries: word classes and agents first, then actors.</summary>
    public static void AddBuiltIn(ActorDictionaryBuilder builder)
    {
        var asm = typeof(ActorDictionaryLoader).Assembly;
        var names = asm.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .OrderBy(n => n.EndsWith(".actors", StringComparison.Ordinal) ? 1 : 0).ThenBy(n => n, StringComparer.Ordinal);
        foreach (var name in names)
        {
            using var stream = asm.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var format = name.EndsWith(".actors", StringComparison.Ordinal) ? DictionaryFormat.EntenteActors : DictionaryFormat.EntenteAgents;
            Read(builder, reader, name, format);
        }
    }

    /// <summary>Adds one file, in <paramref name="format"/> or the format sniffed from it.</summary>
    public static void AddFile(ActorDictionaryBuilder builder, string path, DictionaryFormat? format = null)
    {
        format ??= Sniff(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        Read(builder, reader, path, format.Value);
    }

    /// <summary>Reads from a reader in a given format; <paramref name="file"/> names it in issues.</summary>
    public static void Read(ActorDictionaryBuilder builder, TextReader reader, string file, DictionaryFormat format)
    {
        switch (format)
        {
            case DictionaryFormat.EntenteActors: EntenteActorReader.Read(reader, file, builder); break;
            case DictionaryFormat.EntenteAgents: EntenteAgentReader.Read(reader, file, builder); break;
            case DictionaryFormat.TabariActors: FieldActorReader.Read(reader, file, builder, stems: true); break;
            case DictionaryFormat.PetrarchActors: FieldActorReader.Read(reader, file, builder, stems: false); break;
            case DictionaryFormat.FieldAgents: FieldAgentReader.Read(reader, file, builder); break;
            default: throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    /// <summary>
    /// Guesses a file's format from its first lines: our headers or <c>=&gt;</c> lines; codes with a
    /// tilde mean agents; otherwise actors, with TABARI stems for <c>.actors</c> files and whole words
    /// for anything else (PETRARCH2 names its files <c>.txt</c>).
    /// </summary>
    public static DictionaryFormat Sniff(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        bool agents = Path.GetFileName(path).Contains("agents", StringComparison.OrdinalIgnoreCase);
        int seen = 0;
        string? line;
        while (seen < 200 && (line = reader.ReadLine()) is not null)
        {
            var t = FieldActorReader.StripComment(line);
            if (t.Trim().Length == 0) continue;
            seen++;
            if (EntenteActorReader.IsHeader(t)) return DictionaryFormat.EntenteActors;
            if (t.Contains("=>", StringComparison.Ordinal)) return DictionaryFormat.EntenteAgents;
            var squeezed = t.Replace(" ", "").Replace("\t", "");
            if (squeezed.Contains("[~", StringComparison.Ordinal) || squeezed.Contains("~]", StringComparison.Ordinal)) agents = true;
        }
        if (agents) return DictionaryFormat.FieldAgents;
        return Path.GetExtension(path).Equals(".actors", StringComparison.OrdinalIgnoreCase) ? DictionaryFormat.TabariActors : DictionaryFormat.PetrarchActors;
    }
}
