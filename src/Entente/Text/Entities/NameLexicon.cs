using Entente.Text.Tokenization;

namespace Entente.Text.Entities;

/// <summary>
/// Builds the recognizer's fixed lexicon from our own dictionaries: <c>names/*.names</c> (one
/// <c>;</c>-separated list of names per file, typed by the file name: LOC, ORG, FIRST, ORGWORD,
/// LOCWORD, TITLE) and the actor dictionaries <c>actors/*.actors</c> (states and capitals as LOC,
/// organisations, groups and media as ORG, people and surnames as PER). Names are tokenized with
/// the rule tokenizer so that they match words as the pipeline splits them.
/// </summary>
public static class NameLexicon
{
    /// <summary>Reads the names under a <c>dictionaries</c> directory.</summary>
    public static List<(string[] Words, string Type)> Read(string dictionariesDir)
    {
        var result = new List<(string[], string)>();
        var tokenizer = new RuleTokenizer();
        void Add(string name, string type)
        {
            name = name.Trim();
            // "the Taliban": the article is not part of the entity span in UNER.
            if (name.StartsWith("the ", StringComparison.Ordinal)) name = name[4..];
            if (name.Length == 0) return;
            var tokens = new List<Model.Token>();
            tokenizer.Tokenize(name, new Model.CharSpan(0, name.Length), tokens);
            if (tokens.Count > 0) result.Add((tokens.Select(t => t.Text).ToArray(), type));
        }
        var namesDir = Path.Combine(dictionariesDir, "names");
        if (Directory.Exists(namesDir))
            foreach (var file in Directory.GetFiles(namesDir, "*.names").Order(StringComparer.Ordinal))
            {
                var type = Path.GetFileNameWithoutExtension(file);
                foreach (var line in File.ReadLines(file))
                    if (!line.StartsWith('#')) foreach (var n in line.Split(';')) Add(n, type);
            }
        var actorsDir = Path.Combine(dictionariesDir, "actors");
        if (Directory.Exists(actorsDir))
            foreach (var file in Directory.GetFiles(actorsDir, "*.actors").Order(StringComparer.Ordinal))
                ReadActors(file, Add);
        return result;
    }

    /// <summary>
    /// Reads an external list of names, one "name TAB type" per line (<c>#</c> starts a comment line), e.g. place names
    /// from GeoNames typed CITY. The type is a feature label of its own, so the recognizer learns how far to trust each list.
    /// </summary>
    /// <exception cref="InvalidDataException">A line without a name and a type (the message names the file and line).</exception>
    public static List<(string[] Words, string Type)> ReadList(string path)
    {
        var result = new List<(string[], string)>();
        var tokenizer = new RuleTokenizer();
        var tokens = new List<Model.Token>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            if (parts.Length != 2 || parts[0].Trim().Length == 0 || parts[1].Trim().Length == 0)
                throw new InvalidDataException($"{path}:{lineNo}: expected 'name<TAB>type'");
            var name = parts[0].Trim();
            tokens.Clear();
            tokenizer.Tokenize(name, new Model.CharSpan(0, name.Length), tokens);
            if (tokens.Count > 0) result.Add((tokens.Select(t => t.Text).ToArray(), parts[1].Trim()));
        }
        return result;
    }

    /// <summary>Entry heads and the fields that name the entry (adjectives and demonyms are not names).</summary>
    private static void ReadActors(string file, Action<string, string> add)
    {
        string? type = null;
        foreach (var raw in File.ReadLines(file))
        {
            if (raw.StartsWith('#') || raw.Trim().Length == 0) continue;
            if (!char.IsWhiteSpace(raw[0]))
            {
                var parts = raw.Split(' ', 3);
                type = parts[0] switch { "country" => "LOC", "igo" or "group" or "media" => "ORG", "person" => "PER", _ => null };
                if (type is null) continue;
                add(parts[0] == "person" ? raw[(parts[0].Length + 1)..] : parts.Length > 2 ? parts[2] : "", type);
                continue;
            }
            if (type is null) continue;
            var line = raw.Trim();
            int colon = line.IndexOf(':');
            if (colon < 0) continue;
            var field = line[..colon];
            string? fieldType = field switch
            {
                "names" or "surname" => type,
                "capital" => "LOC",
                _ => null,
            };
            if (fieldType is null) continue;
            foreach (var n in line[(colon + 1)..].Split(';'))
                add(n, fieldType);
        }
    }
}
