namespace Entente.Actors.Dictionaries;

/// <summary>
/// Reads the field's actor dictionaries: TABARI <c>.actors</c> files and the PETRARCH2/Phoenix
/// <c>*.actors.txt</c> files. A root line starts an entry (codes may follow on it); <c>+</c> lines add
/// synonyms; indented lines hold more codes, each optionally date-bounded. <c>#</c> and <c>;</c> start
/// comments; <c>&lt;NOUN&gt;</c>-style sections are word lists, not actors, and are skipped.
/// With stems (TABARI), a last word without a trailing underscore matches any word it begins.
/// </summary>
public static class FieldActorReader
{
    /// <summary>Reads <paramref name="reader"/> into <paramref name="builder"/>, reporting bad lines as issues.</summary>
    public static void Read(TextReader reader, string file, ActorDictionaryBuilder builder, bool stems)
    {
        var names = new List<string>();
        var roles = new List<ActorRole>();
        var groups = new List<string>();
        int rootLine = 0;
        string? section = null;
        int lineNo = 0;
        string? line;

        void Flush()
        {
            if (names.Count > 0)
            {
                if (roles.Count == 0) builder.Report(file, rootLine, $"entry '{names[0]}' has no code; skipped");
                else
                {
                    var kind = InferKind(roles);
                    var display = Display(names[0]);
                    string[]? surnames = kind == ActorKind.Person && display.Contains(' ') ? [display[(display.LastIndexOf(' ') + 1)..]] : null;
                    var entry = new ActorEntry(kind, display, roles.ToArray(), $"{file}:{rootLine}", surnames: surnames);
                    builder.AddActor(entry, names.Select(n => new Phrase(n, PhraseKind.Name, stems && !n.EndsWith('_'))));
                }
            }
            names.Clear();
            roles.Clear();
        }

        bool xmlComment = false;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            // PETRARCH2 files carry XML comments; TABARI files end at "~~FINISH".
            if (xmlComment || line.TrimStart().StartsWith("<!--", StringComparison.Ordinal))
            {
                xmlComment = !line.Contains("-->", StringComparison.Ordinal);
                continue;
            }
            if (line.StartsWith("~~", StringComparison.Ordinal)) break;
            var text = StripComment(line);
            var trimmed = text.Trim();
            if (trimmed.Length == 0) continue;
            if (section is not null)
            {
                if (trimmed.Equals($"</{section}>", StringComparison.OrdinalIgnoreCase)) section = null;
                continue;
            }
            if (trimmed.StartsWith('<') && trimmed.EndsWith('>') && !trimmed.Contains('['))
            {
                section = trimmed[1..^1];
                continue;
            }
            groups.Clear();
            if (!FieldCodeParser.TrySplitGroups(trimmed, groups, out var err)) { builder.Report(file, lineNo, err!); continue; }
            int bracket = trimmed.IndexOf('[');
            var namePart = (bracket < 0 ? trimmed : trimmed[..bracket]).Trim();

            if (char.IsWhiteSpace(text[0]) && namePart.Length == 0)
            {
                if (names.Count == 0) { builder.Report(file, lineNo, "code line outside an entry; skipped"); continue; }
            }
            else if (trimmed[0] == '+')
            {
                if (names.Count == 0) { builder.Report(file, lineNo, "synonym '+' outside an entry; skipped"); continue; }
                var syn = namePart[1..].Trim();
                if (syn.Length > 0) names.Add(syn);
            }
            else
            {
                Flush();
                rootLine = lineNo;
                if (namePart.Length == 0) { builder.Report(file, lineNo, "entry without a name; skipped"); continue; }
                names.Add(namePart);
            }
            foreach (var g in groups)
            {
                if (FieldCodeParser.TryParseRole(g, out var role, out var error)) roles.Add(role!);
                else builder.Report(file, lineNo, $"bad code [{g}]: {error}; skipped");
            }
        }
        Flush();
    }

    /// <summary>Cuts a <c>#</c> or <c>;</c> comment, but not inside a code group (<c>[### &lt;890101]</c>).</summary>
    internal static string StripComment(string line)
    {
        bool inCode = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c == '[') inCode = true;
            else if (c == ']') inCode = false;
            else if (!inCode && c is '#' or ';') return line[..i];
        }
        return line;
    }

    /// <summary>"KOFI_ANNAN_" → "Kofi Annan": the display form of a field dictionary name.</summary>
    internal static string Display(string name)
    {
        var words = name.Replace('_', ' ').Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if ((i > 0 || words.Length > 1) && w is "OF" or "THE" or "AND" or "DE" or "LA" or "DEL" or "AL" or "BIN" or "VON" or "VAN" or "DER")
                words[i] = w.ToLowerInvariant();
            else if (w.Length > 3 && ShoutedWord(w))
                words[i] = string.Concat(w.AsSpan(0, 1), w[1..].ToLowerInvariant());
        }
        return string.Join(' ', words);
    }

    /// <summary>All capitals with a vowel and no dot: a word to show in title case (not an acronym like "U.N." or "NGO").</summary>
    private static bool ShoutedWord(string w)
    {
        bool letter = false, vowel = false;
        foreach (char c in w)
        {
            if (char.IsLower(c) || c == '.') return false;
            if (char.IsLetter(c)) letter = true;
            if (c is 'A' or 'E' or 'I' or 'O' or 'U') vowel = true;
        }
        return letter && vowel;
    }

    private static ActorKind InferKind(List<ActorRole> roles)
    {
        bool dated = roles.Exists(r => !r.When.IsAlways);
        var first = roles[0].Code.Value;
        if (dated && !first.StartsWith("IGO", StringComparison.Ordinal)) return ActorKind.Person;
        if (first.StartsWith("IGO", StringComparison.Ordinal)) return dated ? ActorKind.Person : ActorKind.Igo;
        if (first.Length == 3 && first != "---") return ActorKind.Country;
        return ActorKind.Group;
    }
}
