using Entente.Model;

namespace Entente.Actors.Dictionaries;

/// <summary>
/// Reads our own actor format (<c>*.actors</c> under <c>dictionaries/actors</c>; see docs/dictionaries.md).
/// One actor a block: a header line <c>country IRN Iran</c>, <c>igo IGOWSTNAT NATO</c> or
/// <c>person Ali Khamenei</c>, then indented <c>key: value; value</c> lines — names, adjectives,
/// demonyms, capital, seats, short, surname, leader, context and role (<c>IRNGOV supreme-leader 1989-06-04..</c>).
/// </summary>
public static class EntenteActorReader
{
    private static readonly Dictionary<string, ActorKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["country"] = ActorKind.Country, ["igo"] = ActorKind.Igo, ["person"] = ActorKind.Person,
        ["group"] = ActorKind.Group, ["company"] = ActorKind.Company, ["media"] = ActorKind.Media,
    };

    /// <summary>True when <paramref name="line"/> looks like one of our block headers (used to sniff the format).</summary>
    public static bool IsHeader(string line)
    {
        int sp = line.IndexOf(' ');
        if (sp <= 0 || char.IsWhiteSpace(line[0]) || line.Contains('[') || !Kinds.ContainsKey(line[..sp])) return false;
        var kind = line[..sp];
        if (kind != kind.ToLowerInvariant()) return false;
        if (kind == "person") return true;
        var rest = line[(sp + 1)..].TrimStart();
        int sp2 = rest.IndexOf(' ');
        return sp2 > 0 && FieldCodeParser.IsCode(rest[..sp2]);
    }

    /// <summary>Reads <paramref name="reader"/> into <paramref name="builder"/>, reporting bad lines as issues.</summary>
    public static void Read(TextReader reader, string file, ActorDictionaryBuilder builder)
    {
        Block? block = null;
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            int hash = line.IndexOf('#');
            var text = (hash >= 0 ? line[..hash] : line).TrimEnd();
            if (text.Trim().Length == 0) continue;
            if (!char.IsWhiteSpace(text[0]))
            {
                block?.Flush(builder);
                block = ParseHeader(text, file, lineNo, builder);
                continue;
            }
            if (block is null) continue; // the header was bad and has been reported
            int colon = text.IndexOf(':');
            if (colon < 0) { builder.Report(file, lineNo, "expected 'key: value'; skipped"); continue; }
            var key = text[..colon].Trim().ToLowerInvariant();
            var values = text[(colon + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!block.Add(key, values, file, lineNo, builder)) builder.Report(file, lineNo, $"unknown key '{key}'; skipped");
        }
        block?.Flush(builder);
    }

    private static Block? ParseHeader(string text, string file, int line, ActorDictionaryBuilder builder)
    {
        var parts = text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!Kinds.TryGetValue(parts[0], out var kind)) { builder.Report(file, line, $"unknown actor kind '{parts[0]}'; block skipped"); return null; }
        if (kind == ActorKind.Person)
        {
            var name = text[parts[0].Length..].Trim();
            if (name.Length == 0) { builder.Report(file, line, "person without a name; block skipped"); return null; }
            return new Block(kind, name, null, file, line);
        }
        if (parts.Length < 3 || !FieldCodeParser.IsCode(parts[1])) { builder.Report(file, line, $"expected '{parts[0]} CODE Name'; block skipped"); return null; }
        return new Block(kind, parts[2], new ActorCode(parts[1]), file, line);
    }

    private sealed class Block(ActorKind kind, string name, ActorCode? code, string file, int line)
    {
        private readonly List<Phrase> _phrases = [new(name, PhraseKind.Name)];
        private readonly List<ActorRole> _roles = code is { } c ? [new ActorRole(c, DateRange.Always)] : [];
        private readonly List<string> _context = [];
        private readonly List<string> _surnames = [];
        private string? _leader;

        public bool Add(string key, string[] values, string file, int lineNo, ActorDictionaryBuilder builder)
        {
            var kindOf = key switch
            {
                "names" or "name" or "aliases" => PhraseKind.Name,
                "adjectives" or "adjective" => PhraseKind.Adjective,
                "demonyms" or "demonym" => PhraseKind.Demonym,
                "capital" => PhraseKind.Capital,
                "seats" or "seat" => PhraseKind.Seat,
                "short" => PhraseKind.Short,
                _ => (PhraseKind?)null,
            };
            if (kindOf is { } k) { foreach (var v in values) _phrases.Add(new Phrase(v, k)); return true; }
            switch (key)
            {
                case "surname": _surnames.AddRange(values); return true;
                case "leader": _leader = values.FirstOrDefault(); return true;
                case "context": _context.AddRange(values.SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries))); return true;
                case "role" or "roles":
                    foreach (var v in values)
                    {
                        if (TryParseRole(v, out var role, out var error)) _roles.Add(role!);
                        else builder.Report(file, lineNo, $"bad role '{v}': {error}; skipped");
                    }
                    return true;
                default: return false;
            }
        }

        public void Flush(ActorDictionaryBuilder builder)
        {
            if (_roles.Count == 0) { builder.Report(file, line, $"'{name}' has no code or role; skipped"); return; }
            if (kind == ActorKind.Person && _surnames.Count == 0)
            {
                var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > 1) _surnames.Add(words[^1]);
            }
            foreach (var s in _surnames) _phrases.Add(new Phrase(s, PhraseKind.Surname));
            var context = _context.Count > 0 ? _context : code is { } c ? [c.Value] : [];
            var entry = new ActorEntry(kind, name, _roles.ToArray(), $"{file}:{line}", _leader, context, _surnames.ToArray());
            builder.AddActor(entry, _phrases);
        }

        private static bool TryParseRole(string text, out ActorRole? role, out string? error)
        {
            role = null;
            var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || !FieldCodeParser.IsCode(parts[0])) { error = "expected 'CODE [office] FROM..TO'"; return false; }
            string? office = null;
            var when = DateRange.Always;
            foreach (var p in parts.Skip(1))
            {
                if (p.Contains("..", StringComparison.Ordinal))
                {
                    if (!EntenteDateParser.TryParseRange(p, out when, out error)) return false;
                }
                else if (office is null) office = p.ToLowerInvariant();
                else { error = $"unexpected '{p}'"; return false; }
            }
            role = new ActorRole(new ActorCode(parts[0]), when, office);
            error = null;
            return true;
        }
    }
}
