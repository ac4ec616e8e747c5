using System.Globalization;
using System.Text;
using Entente.Model;

namespace Entente.Coding.Shallow;

/// <summary>
/// One sentence read the way TABARI reads it: filtered words, each classified by the longest dictionary phrase
/// that matches there (actor, agent, verb, noun, adjective, time) or by a closed class, then actors with their
/// agents, compounds, pronoun references, removed comma clauses and the clauses of a compound sentence.
/// </summary>
internal sealed partial class ShallowSentence
{
    private static readonly HashSet<string> Determiners = ["A", "AN", "THE"];
    private static readonly HashSet<string> Conjunctions = ["AND", "BUT", "OR", "NOR"];
    private static readonly HashSet<string> Pronouns = ["HE", "SHE", "IT", "HIM", "HER", "HIS", "ITS", "THEY", "THEM", "THEIR"];
    private const int MaxGap = 64;

    internal readonly ShallowWord[] Words;
    internal readonly List<ShallowUnit> Units = [];
    internal bool Discard, Complex;
    internal string? ComplexReason;
    private readonly ShallowLexicon _lexicon;
    private readonly ShallowSettings _settings;
    private readonly DateOnly? _date;

    internal ShallowSentence(Token[] tokens, ShallowLexicon lexicon, ShallowSettings settings, DateOnly? date, bool allCaps)
    {
        _lexicon = lexicon;
        _settings = settings;
        _date = date;
        Words = Filter(tokens);
        Classify(allCaps);
        AttachAgents();
        FindCompounds();
        JoinNounPhrases();
    }

    /// <summary>TABARI's input filter over our tokens: upper case, diacritics and punctuation gone, commas kept as words.</summary>
    private static ShallowWord[] Filter(Token[] tokens)
    {
        var list = new List<ShallowWord>(tokens.Length);
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i].Text;
            if (t is "," or ";") { list.Add(new ShallowWord { Text = ",", Token = i, Kind = ShallowWordKind.Comma }); continue; }
            var upper = Plain(t);
            // TABARI reads "DIDN'T" and "GONDOR'S" as one word: clitics our tokenizer split off go back on
            if (IsClitic(upper) && list.Count > 0 && i > 0 && tokens[i].Start <= tokens[i - 1].End && list[^1].Token == i - 1 && list[^1].Kind != ShallowWordKind.Comma)
            {
                list[^1] = list[^1] with { Text = list[^1].Text + upper };
                continue;
            }
            foreach (var part in upper.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries))
            {
                var w = part.Trim('"', '(', ')', '[', ']', '!', '?', ':', '`', '“', '”');
                if (w.Length > 1 && w.EndsWith('.') && !w[..^1].Contains('.')) w = w[..^1];
                if (w.Length == 0 || !w.Any(char.IsLetterOrDigit)) continue;
                if (char.IsAsciiDigit(w[0])) w = w.Replace(",", "");
                list.Add(new ShallowWord { Text = w, Token = i, Capital = char.IsUpper(t[0]), SentenceStart = list.Count == 0 });
            }
        }
        return list.ToArray();
    }

    private static bool IsClitic(string w) => w is "N'T" or "'S" or "'RE" or "'LL" or "'VE" or "'D" or "'M" or "'";

    private static string Plain(string s)
    {
        var d = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d) if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString().Replace('’', '\'').ToUpperInvariant();
    }

    private static int Rank(ShallowWordKind k) => k switch
    {
        ShallowWordKind.Actor => 6, ShallowWordKind.Agent => 5, ShallowWordKind.Time => 4, ShallowWordKind.Verb => 3,
        ShallowWordKind.Noun => 2, _ => 1,
    };

    private void Classify(bool allCaps)
    {
        var candidates = new List<ShallowEntry>();
        var positions = new List<int>();
        for (int i = 0; i < Words.Length; i++)
        {
            ref var w = ref Words[i];
            if (w.Kind != ShallowWordKind.Other) continue;
            candidates.Clear();
            _lexicon.Candidates(w.Text, candidates);
            ShallowEntry? best = null;
            int[]? bestAt = null;
            foreach (var e in candidates)
            {
                if (best is not null && (e.Length < best.Length || (e.Length == best.Length && Rank(e.Kind) <= Rank(best.Kind)))) continue;
                if (!MatchPhrase(e, i, positions)) continue;
                best = e;
                bestAt = positions.ToArray();
            }
            if (best is null) { w.Kind = Closed(w.Text); continue; }
            foreach (var p in bestAt!) { Words[p].Kind = best.Kind; Words[p].Entry = best; }
            w.EntryStart = true;
            w.EntryEnd = bestAt![^1];
            Settle(i, best, allCaps);
        }
    }

    private static ShallowWordKind Closed(string text) =>
        Determiners.Contains(text) ? ShallowWordKind.Determiner
        : Conjunctions.Contains(text) ? ShallowWordKind.Conjunction
        : Pronouns.Contains(text) ? ShallowWordKind.Pronoun
        : ShallowWordKind.Other;

    // Matches a phrase at word i: words joined by '_' must follow directly; others may come a few words later.
    private bool MatchPhrase(ShallowEntry e, int i, List<int> positions)
    {
        positions.Clear();
        bool verb = e.Kind == ShallowWordKind.Verb;
        if (!e.Words[0].Matches(Words[i].Text, verb, endings: e.Words.Length == 1)) return false;
        positions.Add(i);
        int prev = i;
        for (int k = 1; k < e.Words.Length; k++)
        {
            var pw = e.Words[k];
            int found = -1;
            int last = pw.Consecutive ? prev + 1 : prev + 1 + MaxGap;
            for (int q = prev + 1; q <= last && q < Words.Length; q++)
            {
                if (Words[q].Kind == ShallowWordKind.Comma) break;
                if (Words[q].Kind == ShallowWordKind.Other && pw.Matches(Words[q].Text, verb, endings: k == e.Words.Length - 1)) { found = q; break; }
            }
            if (found < 0) return false;
            positions.Add(found);
            prev = found;
        }
        return true;
    }

    // What a matched phrase means here: dated actor codes, null/discard/complex codes, verbs turned nouns.
    private void Settle(int i, ShallowEntry e, bool allCaps)
    {
        ref var w = ref Words[i];
        switch (e.Kind)
        {
            case ShallowWordKind.Actor:
            {
                var code = ShallowDatedCode.Select(e.Codes!, _date) ?? "---";
                if (code == "###") { Discard = true; return; }
                if (code == "+++") { MarkComplex($"complex actor {w.Text}"); return; }
                if (code.Trim('-').Length == 0) { SetKind(i, ShallowWordKind.Noun); return; }
                Units.Add(new ShallowUnit { Start = i, End = w.EntryEnd, Codes = [.. code.Split('/', StringSplitOptions.RemoveEmptyEntries)] });
                return;
            }
            case ShallowWordKind.Verb:
            {
                bool afterDeterminer = i > 0 && Words[i - 1].Kind == ShallowWordKind.Determiner;
                bool capital = w.Capital && !w.SentenceStart && !allCaps;
                if (afterDeterminer || capital) { SetKind(i, ShallowWordKind.Noun); return; }
                if (e.Verb!.IsInert) { SetKind(i, ShallowWordKind.Other); return; }
                if (e.Verb.Code.Kind == ShallowCodeKind.Discard) Discard = true;
                else if (e.Verb.Code.Kind == ShallowCodeKind.Complex) MarkComplex($"complex verb {w.Text}");
                return;
            }
            case ShallowWordKind.Time:
                if (e.TimeCode!.Kind == ShallowCodeKind.Discard) Discard = true;
                else if (e.TimeCode.Kind == ShallowCodeKind.Complex) MarkComplex($"complex time phrase {w.Text}");
                return;
        }
    }

    private void SetKind(int i, ShallowWordKind kind)
    {
        int end = Words[i].EntryEnd;
        for (int p = i; p <= end; p++) if (Words[p].Entry == Words[i].Entry) Words[p].Kind = kind;
    }

    internal void MarkComplex(string reason)
    {
        if (Complex) return;
        Complex = true;
        ComplexReason = reason;
    }
}
