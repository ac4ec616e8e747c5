namespace Entente.Coding.Shallow;

internal sealed partial class ShallowSentence
{
    /// <summary>
    /// Removes comma-delimited clauses whose length in words is within the limits: between two commas
    /// (MIN &lt; n ≤ MAX), from the last comma to the end (EMIN, EMAX), from the start to the first comma (BMIN, BMAX).
    /// Commas inside compounds do not count. The removed clause takes its commas with it.
    /// </summary>
    internal void RemoveCommaClauses()
    {
        if (!_settings.CommaClauses) return;
        var commas = new List<int>();
        for (int i = 0; i < Words.Length; i++) if (Words[i].Kind == ShallowWordKind.Comma && !Words[i].Joins) commas.Add(i);
        if (commas.Count == 0) return;
        int from = -1;
        bool consumed = false; // the comma opening this clause closed a removed one: it cannot open another
        for (int c = 0; c <= commas.Count; c++)
        {
            int to = c < commas.Count ? commas[c] : Words.Length;
            int n = to - from - 1;
            bool begin = from < 0, end = to == Words.Length;
            if (consumed) { consumed = false; from = to; continue; }
            var (min, max) = begin ? (_settings.CommaBeginMin, _settings.CommaBeginMax)
                : end ? (_settings.CommaEndMin, _settings.CommaEndMax) : (_settings.CommaMin, _settings.CommaMax);
            if (n > min && n <= max && !(begin && end))
            {
                for (int q = Math.Max(0, from); q < to; q++) Words[q].Removed = true;
                if (!end) { Words[to].Removed = true; consumed = true; }
            }
            from = to;
        }
    }

    /// <summary>The clauses of a compound sentence: word positions left after comma clauses, split at conjunctions that join no compound.</summary>
    internal List<List<int>> Clauses()
    {
        var clauses = new List<List<int>>();
        var cur = new List<int>();
        for (int i = 0; i < Words.Length; i++)
        {
            if (Words[i].Removed) continue;
            if (Words[i].Kind == ShallowWordKind.Conjunction && !Words[i].Joins)
            {
                if (cur.Count > 0) clauses.Add(cur);
                cur = [];
                continue;
            }
            cur.Add(i);
        }
        if (cur.Count > 0) clauses.Add(cur);
        return clauses;
    }

    /// <summary>Applies the complexity filter of the settings; true when the sentence is too complex to code.</summary>
    internal bool CheckComplexity()
    {
        if (Complex) return true;
        var s = _settings;
        int verbs = 0, conj = 0, actors = 0, pronouns = 0, firstVerb = -1;
        for (int i = 0; i < Words.Length; i++)
        {
            if (Words[i].Removed) continue;
            var w = Words[i];
            if (w.Kind == ShallowWordKind.Verb && w.EntryStart) { verbs++; if (firstVerb < 0) firstVerb = i; }
            else if (w.Kind == ShallowWordKind.Conjunction && !w.Joins) conj++;
        }
        foreach (var u in Units)
        {
            if (Words[u.Start].Removed) continue;
            actors++;
            if (u.IsPronoun) pronouns++;
        }
        if (s.ComplexVerbs > 0 && verbs >= s.ComplexVerbs) MarkComplex($"{verbs} verbs");
        else if (s.ComplexConjunctions > 0 && conj >= s.ComplexConjunctions) MarkComplex($"{conj} conjunctions");
        else if (s.ComplexActors > 0 && actors >= s.ComplexActors) MarkComplex($"{actors} actors");
        else if (s.ComplexPronouns > 0 && pronouns >= s.ComplexPronouns) MarkComplex($"{pronouns} pronouns");
        else if (s.ComplexNoVerb && firstVerb < 0) MarkComplex("no verb");
        else if (s.ComplexLateVerb > 0 && (firstVerb < 0 || firstVerb >= s.ComplexLateVerb)) MarkComplex("late verb");
        else if (s.ComplexNoActorPrior && firstVerb >= 0 && !Units.Any(u => !Words[u.Start].Removed && u.Start < firstVerb)) MarkComplex("no actor before the verb");
        else if (s.ComplexNoActorAfter && firstVerb >= 0 && !Units.Any(u => !Words[u.Start].Removed && u.Start > firstVerb)) MarkComplex("no actor after the verb");
        return Complex;
    }

    /// <summary>The sentence as the coder read it: each word with its kind, actors with codes, removed words struck.</summary>
    internal string Describe()
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < Words.Length; i++)
        {
            var w = Words[i];
            if (Covering(i) is { } u && u.Start == i) sb.Append(u.IsCompound ? "<" : "[");
            sb.Append(w.Removed ? "~" + w.Text + "~" : w.Text);
            if (w.Kind is not (ShallowWordKind.Other or ShallowWordKind.Comma or ShallowWordKind.Actor)) sb.Append('/').Append(w.Kind.ToString()[..3].ToLowerInvariant());
            if (Covering(i) is { } e && e.End == i) sb.Append(' ').Append(string.Join("/", e.Codes)).Append(e.IsCompound ? ">" : "]");
            sb.Append(' ');
        }
        return sb.ToString().TrimEnd();
    }
}
