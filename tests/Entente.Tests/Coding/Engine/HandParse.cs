using Entente.Coding.Engine;
using Entente.Model;

namespace Entente.Tests.Coding.Engine;

/// <summary>
/// Hand-built parsed sentences for coder tests, independent of any model: one token a line,
/// <c>form lemma UPOS head relation</c> with 1-based heads (0 = root), and actors named by their words.
/// </summary>
public static class HandParse
{
    public static Token[] Tokens(string lines)
    {
        var rows = lines.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var tokens = new Token[rows.Length];
        int offset = 0;
        for (int i = 0; i < rows.Length; i++)
        {
            var f = rows[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length != 5) throw new FormatException($"hand parse line {i + 1}: expected 5 fields: {rows[i]}");
            tokens[i] = new Token(f[0], offset, offset + f[0].Length)
            {
                Lemma = f[1], Upos = f[2], Head = int.Parse(f[3]) - 1, Relation = f[4],
            };
            offset += f[0].Length + 1;
        }
        return tokens;
    }

    /// <summary>Actor mentions: each (words, code) pair names a run of tokens by its words ("United States").</summary>
    public static List<CodingActor> ActorsOf(Token[] tokens, params (string Words, string Code)[] actors)
    {
        var result = new List<CodingActor>();
        foreach (var (words, code) in actors)
        {
            var w = words.Split(' ');
            bool found = false;
            for (int i = 0; i + w.Length <= tokens.Length && !found; i++)
            {
                if (!Enumerable.Range(0, w.Length).All(k => tokens[i + k].Text == w[k])) continue;
                if (result.Any(a => a.Covers(i))) continue; // a second mention of the same words
                result.Add(new CodingActor(i, w.Length, new ActorRef(new ActorCode(code), words, code[..3], words)));
                found = true;
            }
            if (!found) throw new ArgumentException($"'{words}' is not in the sentence");
        }
        return result.OrderBy(a => a.FirstToken).ToList();
    }

    /// <summary>Events as "SRC TGT CODE" strings (with "-" for a missing actor), sorted.</summary>
    public static List<string> Triples(CodingResult r) =>
        r.Events.Select(e => $"{e.Source?.Code.Value ?? "-"} {e.Target?.Code.Value ?? "-"} {e.Code}").OrderBy(x => x, StringComparer.Ordinal).ToList();
}
