namespace Entente.Actors.Dictionaries;

/// <summary>
/// Reads our agent format (<c>*.agents</c>): one agent a line,
/// <c>singular; singular | plural; plural =&gt; ~CODE [office NAME]</c>, with the field's tilde marking
/// where the country code goes. Also reads word classes, <c>class: word; word</c> lines
/// (<c>honorific</c> and <c>pronoun</c> go into the phrase index, any other class is a lexicon set).
/// </summary>
public static class EntenteAgentReader
{
    /// <summary>Reads <paramref name="reader"/> into <paramref name="builder"/>, reporting bad lines as issues.</summary>
    public static void Read(TextReader reader, string file, ActorDictionaryBuilder builder)
    {
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            int hash = line.IndexOf('#');
            var text = (hash >= 0 ? line[..hash] : line).Trim();
            if (text.Length == 0) continue;
            int arrow = text.IndexOf("=>", StringComparison.Ordinal);
            if (arrow < 0) { ReadWordClass(text, file, lineNo, builder); continue; }
            var lhs = text[..arrow];
            var rhs = text[(arrow + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string? error = "missing agent code";
            string prefix = "", suffix = "";
            if (rhs.Length == 0 || !FieldCodeParser.TryParseAgentCode(rhs[0], out prefix, out suffix, out error))
            {
                builder.Report(file, lineNo, error + "; skipped");
                continue;
            }
            string? office = null;
            if (rhs.Length == 3 && rhs[1] == "office") office = rhs[2].ToLowerInvariant();
            else if (rhs.Length != 1) { builder.Report(file, lineNo, "expected '=> ~CODE' or '=> ~CODE office NAME'; skipped"); continue; }
            int bar = lhs.IndexOf('|');
            var singular = Split(bar < 0 ? lhs : lhs[..bar]);
            var plural = bar < 0 ? [] : Split(lhs[(bar + 1)..]);
            if (singular.Length == 0 && plural.Length == 0) { builder.Report(file, lineNo, "agent without a phrase; skipped"); continue; }
            var source = $"{file}:{lineNo}";
            var name = singular.Length > 0 ? singular[0] : plural[0];
            if (singular.Length > 0) builder.AddAgent(new AgentEntry(name, prefix, suffix, office, false, source), singular.Select(s => new Phrase(s, PhraseKind.Agent)));
            if (plural.Length > 0) builder.AddAgent(new AgentEntry(name, prefix, suffix, office, true, source), plural.Select(s => new Phrase(s, PhraseKind.Agent)));
        }
    }

    private static void ReadWordClass(string text, string file, int line, ActorDictionaryBuilder builder)
    {
        int colon = text.IndexOf(':');
        if (colon <= 0) { builder.Report(file, line, "expected 'phrases => ~CODE' or 'class: words'; skipped"); return; }
        var cls = text[..colon].Trim().ToLowerInvariant();
        foreach (var w in Split(text[(colon + 1)..]))
        {
            if (cls == "honorific") builder.AddWord(w, PhraseKind.Honorific);
            else if (cls == "pronoun") builder.AddWord(w, PhraseKind.Pronoun);
            builder.AddLexiconWord(cls, w);
        }
    }

    private static string[] Split(string s) => s.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
