namespace Entente.Text.Lemmas;

/// <summary>One training example: a form, its XPOS and its gold lemma.</summary>
public readonly record struct LemmaExample(string Form, string Xpos, string Lemma);

/// <summary>Learns a <see cref="Lemmatizer"/>'s suffix rules and exception table from a treebank.</summary>
public static class LemmatizerTrainer
{
    /// <summary>Learns the tables: rules from all examples, exceptions where the rules are wrong.</summary>
    public static Lemmatizer Train(IEnumerable<LemmaExample> examples, IReadOnlyDictionary<string, string>? meta = null)
    {
        var data = examples.Where(e => e.Lemma != "_" && e.Form.Length > 0).ToList();
        // Suffix statistics over lowercased forms (proper nouns keep case, so their edits are case-free too).
        var counts = new Dictionary<string, Dictionary<LemmaTransform, int>>(StringComparer.Ordinal);
        foreach (var e in data)
        {
            string form = Basis(e.Form, e.Xpos), lemma = e.Lemma;
            var t = LemmaTransform.Between(form, lemma);
            var lower = e.Form.ToLowerInvariant();
            for (int len = 0; len <= Math.Min(Lemmatizer.MaxSuffix, lower.Length - 1); len++)
            {
                if (t.Strip > len && len < Lemmatizer.MaxSuffix) continue; // the ending must cover the edit
                var key = e.Xpos + "\t" + lower[^len..];
                if (!counts.TryGetValue(key, out var d)) counts[key] = d = new();
                d[t] = d.GetValueOrDefault(t) + 1;
            }
        }
        var rules = new Dictionary<string, LemmaTransform>(StringComparer.Ordinal);
        foreach (var (key, d) in counts)
        {
            var (best, n) = d.MaxBy(kv => (kv.Value, -kv.Key.Strip));
            if (n >= 2 || key.EndsWith('\t')) rules[key] = best;
        }
        var probe = new Lemmatizer(new Dictionary<string, string>(), rules);
        // Exceptions: the most frequent lemma of each (xpos, lowercased form) whose rule output is wrong.
        var byForm = data.GroupBy(e => e.Xpos + "\t" + e.Form.ToLowerInvariant(), StringComparer.Ordinal);
        var exceptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in byForm)
        {
            var lemma = g.GroupBy(e => e.Lemma).MaxBy(x => x.Count())!.Key;
            var sample = g.First();
            if (probe.Lemmatize(sample.Form, sample.Xpos) != lemma) exceptions[g.Key] = lemma;
        }
        return new Lemmatizer(exceptions, rules, meta);
    }

    private static string Basis(string form, string xpos) =>
        xpos is "NNP" or "NNPS" ? form : form.ToLowerInvariant();
}
