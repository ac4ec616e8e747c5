namespace Entente.Actors.Dictionaries;

/// <summary>
/// Reads the field's agent dictionaries (TABARI <c>.agents</c>, PETRARCH2 <c>Phoenix.agents.txt</c>):
/// <c>NAME {PLURAL} [~CODE]</c> lines, where <c>!MACRO! = A, B, C</c> lines define substitutions
/// (<c>BUSINESS!PERSON!</c> gives BUSINESSMAN, BUSINESSMEN, ...). Without braces the plural is formed
/// by the usual English rules; <c>{}</c> means the phrase has no plural.
/// </summary>
public static class FieldAgentReader
{
    /// <summary>Reads <paramref name="reader"/> into <paramref name="builder"/>, reporting bad lines as issues.</summary>
    public static void Read(TextReader reader, string file, ActorDictionaryBuilder builder)
    {
        var macros = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        var groups = new List<string>();
        int lineNo = 0;
        string? line;
        bool xmlComment = false;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (xmlComment || line.TrimStart().StartsWith("<!--", StringComparison.Ordinal))
            {
                xmlComment = !line.Contains("-->", StringComparison.Ordinal);
                continue;
            }
            if (line.StartsWith("~~", StringComparison.Ordinal)) break;
            var text = FieldActorReader.StripComment(line).Trim();
            if (text.Length == 0 || (text.StartsWith('<') && text.EndsWith('>'))) continue;
            if (text.StartsWith('!') && text.Contains('='))
            {
                int eq = text.IndexOf('=');
                var key = text[..eq].Trim();
                if (key.Length < 3 || !key.EndsWith('!')) { builder.Report(file, lineNo, $"bad macro name '{key}'; skipped"); continue; }
                macros[key] = text[(eq + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                continue;
            }
            groups.Clear();
            if (!FieldCodeParser.TrySplitGroups(text, groups, out var err)) { builder.Report(file, lineNo, err!); continue; }
            if (groups.Count == 0) { builder.Report(file, lineNo, "agent without a code; skipped"); continue; }
            if (!FieldCodeParser.TryParseAgentCode(groups[0], out var prefix, out var suffix, out err)) { builder.Report(file, lineNo, err! + "; skipped"); continue; }
            var head = text[..text.IndexOf('[')].Trim();
            string? plural = null;
            int brace = head.IndexOf('{');
            if (brace >= 0)
            {
                int close = head.IndexOf('}', brace);
                if (close < 0) { builder.Report(file, lineNo, "unclosed '{'; skipped"); continue; }
                plural = head[(brace + 1)..close].Trim();
                head = head[..brace].Trim();
            }
            if (head.Length == 0) { builder.Report(file, lineNo, "agent without a name; skipped"); continue; }
            var singulars = Expand(head, macros, file, lineNo, builder);
            if (singulars is null) continue;
            var phrases = new List<Phrase>();
            foreach (var s in singulars)
            {
                phrases.Add(new Phrase(s, PhraseKind.Agent));
                if (plural is null && !s.Contains('!')) phrases.Add(new Phrase(Pluralize(s), PhraseKind.Agent));
            }
            if (!string.IsNullOrEmpty(plural)) foreach (var p in Expand(plural, macros, file, lineNo, builder) ?? []) phrases.Add(new Phrase(p, PhraseKind.Agent));
            var agent = new AgentEntry(FieldActorReader.Display(singulars[0]).ToLowerInvariant(), prefix, suffix, null, false, $"{file}:{lineNo}");
            builder.AddAgent(agent, phrases);
        }
    }

    private static List<string>? Expand(string phrase, Dictionary<string, string[]> macros, string file, int line, ActorDictionaryBuilder builder)
    {
        var result = new List<string> { phrase };
        for (int guard = 0; guard < 4; guard++)
        {
            var next = new List<string>();
            bool changed = false;
            foreach (var p in result)
            {
                int a = p.IndexOf('!');
                int b = a < 0 ? -1 : p.IndexOf('!', a + 1);
                if (b < 0) { next.Add(p); continue; }
                var key = p[a..(b + 1)];
                if (!macros.TryGetValue(key, out var values)) { builder.Report(file, line, $"undefined macro {key}; skipped"); return null; }
                foreach (var v in values) next.Add(p[..a] + v + p[(b + 1)..]);
                changed = true;
            }
            result = next;
            if (!changed) break;
        }
        return result;
    }

    /// <summary>English plural of the last word of a phrase (POLICEMAN → POLICEMEN, PARTY → PARTIES).</summary>
    public static string Pluralize(string phrase)
    {
        var trail = phrase.EndsWith('_') ? "_" : "";
        var p = phrase.TrimEnd('_');
        string upper = p.ToUpperInvariant();
        string plural =
            upper.EndsWith("MAN") ? p[..^2] + (char.IsUpper(p[^1]) ? "EN" : "en") :
            upper.EndsWith('Y') && p.Length > 1 && !"AEIOU".Contains(upper[^2]) ? p[..^1] + (char.IsUpper(p[^1]) ? "IES" : "ies") :
            upper.EndsWith('S') || upper.EndsWith('X') || upper.EndsWith('Z') || upper.EndsWith("CH") || upper.EndsWith("SH") ? p + (char.IsUpper(p[^1]) ? "ES" : "es") :
            p + (p.Length > 0 && char.IsUpper(p[^1]) ? "S" : "s");
        return plural + trail;
    }
}
