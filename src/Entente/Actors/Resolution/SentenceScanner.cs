using Entente.Model;

namespace Entente.Actors.Resolution;

/// <summary>
/// Finds the longest dictionary phrase at each token (names must be capitalised; agents and closed
/// word classes need not be), then runs of unknown names: tokens the NER tagged PER or ORG, or
/// else PROPN tokens, or else — before tagging — capitalised words that do not merely start the sentence.
/// </summary>
internal sealed class SentenceScanner(ActorDictionary dictionary)
{
    private readonly PhraseIndex _index = dictionary.Index;

    public void Scan(Token[] tokens, List<Chunk> chunks)
    {
        chunks.Clear();
        bool hasNer = false, hasPos = false;
        foreach (ref readonly var t in tokens.AsSpan())
        {
            hasNer |= t.EntityTag is not null;
            hasPos |= t.Upos is not null;
        }
        int i = 0;
        while (i < tokens.Length)
        {
            bool found = TryMatch(tokens, i, out var chunk);
            // "the UN Security Council": a longer name after an article wins over "the UN".
            if (tokens[i].Text is "the" or "The" && i + 1 < tokens.Length && TryMatch(tokens, i + 1, out var after) && (!found || after.End > chunk.End))
            {
                found = true;
                chunk = after;
            }
            if (found)
            {
                chunks.Add(chunk);
                i = chunk.End + (chunk.Possessive && !EndsPossessive(tokens[chunk.End - 1].Text) ? 1 : 0);
                continue;
            }
            int run = 0;
            while (i + run < tokens.Length && IsNameToken(tokens, i + run, run, hasNer, hasPos) && !StartsPhrase(tokens, i + run, run)) run++;
            if (run > 0)
            {
                bool poss = i + run < tokens.Length && IsPossessiveMarker(tokens[i + run].Text);
                chunks.Add(new Chunk(i, run, -1, ChunkKind.Unknown, true, poss));
                i += run + (poss ? 1 : 0);
                continue;
            }
            i++;
        }
    }

    private bool StartsPhrase(Token[] tokens, int i, int run) => run > 0 && TryMatch(tokens, i, out _);

    private bool TryMatch(Token[] tokens, int start, out Chunk chunk)
    {
        chunk = default;
        Span<int> nodes = stackalloc int[16];
        int node = PhraseIndex.Root, depth = 0;
        for (int i = start; i < tokens.Length && depth < nodes.Length; i++)
        {
            node = _index.Step(node, Key(tokens[i].Text));
            if (node < 0) break;
            nodes[depth++] = node;
            if (EndsPossessive(tokens[i].Text)) break;
        }
        for (int len = depth; len > 0; len--)
        {
            var targets = _index.TargetsOf(nodes[len - 1]);
            if (targets.IsEmpty) continue;
            bool personal = false;
            foreach (var t in targets)
                if (t.Kind == PhraseKind.Surname || (t.IsActor && dictionary.Entries[t.Index].Kind == ActorKind.Person)) personal = true;
            bool actorsOk = CaseAllowsNames(tokens, start, len, personal) && (personal || !TaggedPerson(tokens, start, len)),
                othersOk = false, anyActor = false;
            foreach (var t in targets)
            {
                if (t.IsActor) { anyActor = true; if (t.Kind == PhraseKind.Short) othersOk = true; }
                else othersOk = true;
            }
            if (!(anyActor && actorsOk) && !othersOk) continue;
            int end = start + len;
            bool poss = EndsPossessive(tokens[end - 1].Text) || (end < tokens.Length && IsPossessiveMarker(tokens[end].Text));
            chunk = new Chunk(start, len, nodes[len - 1], ChunkKind.Phrase, actorsOk, poss);
            return true;
        }
        return false;
    }

    /// <summary>
    /// Names need a capital somewhere; a one-token name of up to three letters ("US") must be all
    /// capitals unless it can be a person's name ("Xi", "Lee").
    /// </summary>
    private static bool CaseAllowsNames(Token[] tokens, int start, int len, bool personal)
    {
        bool capital = false;
        for (int i = start; i < start + len; i++)
        {
            var text = tokens[i].Text;
            if (text.Length > 0 && (char.IsUpper(text[0]) || char.IsDigit(text[0]))) capital = true;
        }
        if (!capital) return false;
        if (len == 1 && !personal)
        {
            var k = Key(tokens[start].Text);
            if (k.Length <= 3)
                foreach (char c in k) if (char.IsLower(c)) return false;
        }
        return true;
    }

    /// <summary>
    /// True when the NER tagged the words as part of a longer person's name: "Michael Jordan" is not
    /// Jordan. A known name the NER tags PER on its own ("the Kremlin") still resolves: our NER is
    /// weaker than the dictionary on single known names.
    /// </summary>
    private static bool TaggedPerson(Token[] tokens, int start, int len)
    {
        bool person = false;
        for (int i = start; i < start + len; i++)
            if (IsPer(tokens[i].EntityTag)) person = true;
        if (!person) return false;
        bool before = start > 0 && IsPer(tokens[start - 1].EntityTag);
        bool after = start + len < tokens.Length && IsPer(tokens[start + len].EntityTag) && tokens[start + len].EntityTag![0] == 'I';
        return before || after;
    }

    private static bool IsPer(string? tag) => tag is not null && tag.EndsWith("PER", StringComparison.Ordinal);

    private bool IsNameToken(Token[] tokens, int i, int run, bool hasNer, bool hasPos)
    {
        ref readonly var t = ref tokens[i];
        if (t.Text.Length == 0) return false;
        if (hasNer)
        {
            var tag = t.EntityTag;
            if (tag is null || tag.Length < 5) return false;
            if (run > 0 && tag[0] == 'B') return false;
            return tag.AsSpan(2) is "PER" or "ORG";
        }
        if (!char.IsUpper(t.Text[0]) || dictionary.IsWord("not-a-name", t.Text)) return false;
        if (hasPos) return t.Upos == "PROPN";
        if (!HasLetter(t.Text)) return false;
        bool sentenceStart = i == 0 || tokens[i - 1].Text is "\"" or "'" or "(" or "\u201C";
        return !sentenceStart || run > 0 || (i + 1 < tokens.Length && tokens[i + 1].Text.Length > 0 && char.IsUpper(tokens[i + 1].Text[0]));
    }

    private static bool HasLetter(string text)
    {
        foreach (char c in text) if (char.IsLetter(c)) return true;
        return false;
    }

    /// <summary>The lookup form of a token: a glued possessive <c>'s</c> is dropped.</summary>
    internal static ReadOnlySpan<char> Key(string text) =>
        EndsPossessive(text) ? text.AsSpan(0, text.Length - 2) : text.AsSpan();

    internal static bool EndsPossessive(string text) =>
        text.Length > 2 && (text[^1] is 's' or 'S') && text[^2] is '\'' or '\u2019';

    internal static bool IsPossessiveMarker(string text) => text is "'s" or "'" or "\u2019s" or "\u2019" or "'S";
}
