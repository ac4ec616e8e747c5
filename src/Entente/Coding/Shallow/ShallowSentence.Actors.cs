namespace Entente.Coding.Shallow;

internal sealed partial class ShallowSentence
{
    private static readonly HashSet<string> AgentPrepositions = ["OF", "IN"];

    /// <summary>The live unit starting at a word, or null.</summary>
    internal ShallowUnit? UnitAt(int word)
    {
        foreach (var u in Units) if (!u.Absorbed && u.Start == word) return u;
        return null;
    }

    /// <summary>The live unit covering a word, or null.</summary>
    internal ShallowUnit? Covering(int word)
    {
        foreach (var u in Units) if (!u.Absorbed && u.Start <= word && word <= u.End) return u;
        return null;
    }

    private ShallowUnit? UnitEndingAt(int word)
    {
        foreach (var u in Units) if (!u.Absorbed && u.End == word) return u;
        return null;
    }

    // Agents join the actor right before them, right after them, or after OF/IN ("President of Gondor").
    private void AttachAgents()
    {
        for (int i = 0; i < Words.Length; i++)
        {
            if (Words[i].Kind != ShallowWordKind.Agent || !Words[i].EntryStart) continue;
            int end = Words[i].EntryEnd;
            var code = Words[i].Entry!.AgentCode!;
            bool former = i > 0 && Words[i - 1].Text == "FORMER";
            var unit = UnitEndingAt(i - 1) ?? (former ? UnitEndingAt(i - 2) : null) ?? UnitAt(end + 1);
            if (unit is null && end + 2 < Words.Length && AgentPrepositions.Contains(Words[end + 1].Text))
                unit = UnitAt(end + 2) ?? (Words[end + 2].Kind == ShallowWordKind.Determiner ? UnitAt(end + 3) : null);
            if (unit is not null && unit.Start > 0 && Words[unit.Start - 1].Text == "FORMER") former = true;
            if (former) code = code.EndsWith('~') ? "ELI~" : "~ELI";
            if (unit is not null)
            {
                for (int k = 0; k < unit.Codes.Count; k++) unit.Codes[k] = Combine(unit.Codes[k], code);
                unit.Start = Math.Min(unit.Start, i);
                unit.End = Math.Max(unit.End, end);
            }
            else if (_settings.ConvertAgents)
            {
                Units.Add(new ShallowUnit { Start = i, End = end, Codes = [code] });
                Units.Sort((a, b) => a.Start.CompareTo(b.Start));
            }
            i = end;
        }
    }

    /// <summary>
    /// An actor code with an agent's: what stands after the agent's <c>~</c> is appended (<c>~GOV</c>), what stands
    /// before it prepended (<c>NGO~</c>), leaving out any 3-letter part the actor code already has at a 3-letter
    /// boundary (TAMIL TIGER [LKAREB] + GUERRILLA [~REB] is LKAREB).
    /// </summary>
    internal static string Combine(string actor, string agent)
    {
        int tilde = agent.IndexOf('~');
        var have = new HashSet<string>();
        for (int k = 0; k + 3 <= actor.Length; k += 3) have.Add(actor.Substring(k, 3));
        return Missing(agent[..tilde], have) + actor + Missing(agent[(tilde + 1)..], have);
    }

    private static string Missing(string part, HashSet<string> have)
    {
        var add = new System.Text.StringBuilder();
        for (int k = 0; k < part.Length; k += 3)
        {
            var chunk = part.Substring(k, Math.Min(3, part.Length - k));
            if (!have.Contains(chunk)) add.Append(chunk);
        }
        return add.ToString();
    }

    // "<np>, <np> ... and <np>" where np is an actor after any determiners and adjectives: one compound unit.
    private void FindCompounds()
    {
        var live = Units.Where(u => !u.Absorbed).OrderBy(u => u.Start).ToList();
        for (int a = 0; a < live.Count; a++)
        {
            var chain = new List<ShallowUnit> { live[a] };
            var links = new List<(int From, int To, bool And)>();
            var cur = live[a];
            while (true)
            {
                int p = cur.End + 1;
                if (p >= Words.Length) break;
                bool and = false;
                int linkStart = p;
                if (Words[p].Kind == ShallowWordKind.Comma) { p++; if (p < Words.Length && Words[p].Text == "AND") { and = true; p++; } }
                else if (Words[p].Text == "AND") { and = true; p++; }
                else break;
                while (p < Words.Length && Words[p].Kind is ShallowWordKind.Determiner or ShallowWordKind.Adjective) p++;
                var next = p < Words.Length ? live.Find(u => u.Start == p) : null;
                if (next is null) break;
                links.Add((linkStart, p - 1, and));
                chain.Add(next);
                cur = next;
            }
            // commas alone make a list only when an AND closes it: the list runs to the last AND
            int lastAnd = links.FindLastIndex(l => l.And);
            if (lastAnd < 0) continue;
            int take = lastAnd + 1;
            var members = chain.Take(take + 1).ToList();
            var compound = new ShallowUnit { Start = members[0].Start, End = members[^1].End, IsCompound = true };
            foreach (var m in members)
            {
                m.Absorbed = true;
                foreach (var c in m.Codes) if (!compound.Codes.Contains(c)) compound.Codes.Add(c);
            }
            for (int l = 0; l < take; l++)
                for (int q = links[l].From; q <= links[l].To; q++)
                    if (Words[q].Kind is ShallowWordKind.Comma or ShallowWordKind.Conjunction) Words[q].Joins = true;
            Units.Add(compound);
            a += take;
        }
        Units.RemoveAll(u => u.Absorbed);
        Units.Sort((x, y) => x.Start.CompareTo(y.Start));
    }

    // Conjunctions inside "bombs and rockets" or "black and white" do not divide clauses.
    private void JoinNounPhrases()
    {
        for (int i = 1; i + 1 < Words.Length; i++)
        {
            if (Words[i].Kind != ShallowWordKind.Conjunction || Words[i].Joins) continue;
            var before = Words[i - 1].Kind;
            int j = i + 1;
            if (before == ShallowWordKind.Noun)
            {
                while (j < Words.Length && Words[j].Kind == ShallowWordKind.Adjective) j++;
                if (j < Words.Length && Words[j].Kind == ShallowWordKind.Noun) Words[i].Joins = true;
            }
            else if (before == ShallowWordKind.Adjective && Words[j].Kind == ShallowWordKind.Adjective) Words[i].Joins = true;
        }
    }

    /// <summary>
    /// Pronouns stand for an earlier actor: HE, SHE, IT, HIM, ITS, HIS, HER for the first actor before them; THEY,
    /// THEM, THEIR for the first compound before them, else the first actor. <paramref name="carried"/> is the
    /// previous sentence's first actor, used when this sentence has none before the pronoun.
    /// </summary>
    internal void ResolvePronouns(ShallowUnit? carried)
    {
        var added = new List<ShallowUnit>();
        for (int i = 0; i < Words.Length; i++)
        {
            if (Words[i].Kind != ShallowWordKind.Pronoun) continue;
            bool plural = Words[i].Text is "THEY" or "THEM" or "THEIR";
            ShallowUnit? referent = null;
            if (Words[i].Removed) continue;
            if (plural) referent = Units.Find(u => u.IsCompound && u.Start < i && !Words[u.Start].Removed);
            referent ??= Units.Find(u => !u.IsPronoun && u.Start < i && !Words[u.Start].Removed);
            if (referent is null && carried is not null && (!plural || carried.IsCompound || !_settings.Forward)) referent = carried;
            if (referent is null) continue;
            added.Add(new ShallowUnit { Start = i, End = i, Codes = [.. referent.Codes], IsCompound = referent.IsCompound, IsPronoun = true });
            Words[i].Kind = ShallowWordKind.Actor;
        }
        Units.AddRange(added);
        Units.Sort((x, y) => x.Start.CompareTo(y.Start));
    }
}
