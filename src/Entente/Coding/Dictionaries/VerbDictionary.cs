using System.Collections.Frozen;

namespace Entente.Coding.Dictionaries;

/// <summary>
/// A verb dictionary in our internal pattern model, whatever format it was read from: verb blocks with
/// their verbs, nominalisations and patterns, indexed by word. Immutable and thread-safe.
/// </summary>
public sealed class VerbDictionary
{
    private readonly FrozenDictionary<string, VerbEntry[]> _verbs;
    private readonly FrozenDictionary<string, VerbBlock[]> _nouns;

    /// <summary>Where the dictionary was read from.</summary>
    public string Name { get; }

    /// <summary>The blocks in file order.</summary>
    public IReadOnlyList<VerbBlock> Blocks { get; }

    /// <summary>Lines that were skipped, with the reason.</summary>
    public IReadOnlyList<DictionaryIssue> Issues { get; }

    /// <summary>
    /// Whether verbs and pattern words not marked exact match as stems (TABARI: <c>ACCELERAT</c> matches
    /// "accelerated"). PETRARCH dictionaries and ours list lemmas, so they match lemmas and forms only.
    /// </summary>
    public bool MatchesStems { get; }

    /// <summary>Number of patterns over all blocks.</summary>
    public int PatternCount => Blocks.Sum(b => b.Patterns.Count);

    /// <summary>Creates a dictionary and indexes its verbs.</summary>
    public VerbDictionary(string name, IReadOnlyList<VerbBlock> blocks, IReadOnlyList<DictionaryIssue> issues, bool matchesStems)
    {
        Name = name;
        Blocks = blocks;
        Issues = issues;
        MatchesStems = matchesStems;
        var verbs = new Dictionary<string, List<VerbEntry>>(StringComparer.Ordinal);
        var nouns = new Dictionary<string, List<VerbBlock>>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            foreach (var form in block.Verbs)
            {
                var entry = new VerbEntry(form, block);
                Add(verbs, form.Verb, entry);
                foreach (var f in form.Forms) if (f != form.Verb) Add(verbs, f, entry);
                if (!matchesStems && !form.Exact)
                    foreach (var f in EnglishInflection.VerbForms(form.Verb))
                        if (!form.Forms.Contains(f)) Add(verbs, f, entry);
            }
            foreach (var n in block.Nouns)
            {
                Add(nouns, n, block);
                Add(nouns, EnglishInflection.Plural(n), block);
            }
        }
        _verbs = verbs.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _nouns = nouns.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Distinct().ToArray(), StringComparer.Ordinal);
    }

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (!list.Contains(value)) list.Add(value);
    }

    /// <summary>
    /// The verbs a token may be: entries for its lemma or its form (both upper case), and with
    /// <see cref="MatchesStems"/> the longest listed stem that begins the form.
    /// </summary>
    public void FindVerbs(string upperForm, string? upperLemma, List<VerbEntry> into)
    {
        int before = into.Count;
        if (upperLemma is not null && _verbs.TryGetValue(upperLemma, out var byLemma)) into.AddRange(byLemma);
        if (upperForm != upperLemma && _verbs.TryGetValue(upperForm, out var byForm))
            foreach (var e in byForm) if (!into.Contains(e)) into.Add(e);
        if (into.Count > before || !MatchesStems) return;
        var lookup = _verbs.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int len = upperForm.Length - 1; len >= 3; len--)
        {
            if (lookup.TryGetValue(upperForm.AsSpan(0, len), out var byStem))
            {
                foreach (var e in byStem) if (!e.Form.Exact) into.Add(e);
                if (into.Count > before) return;
            }
        }
    }

    /// <summary>Blocks whose nominalisations include the word (upper-case lemma or form).</summary>
    public IReadOnlyList<VerbBlock> FindNouns(string upperForm, string? upperLemma)
    {
        if (upperLemma is not null && _nouns.TryGetValue(upperLemma, out var a)) return a;
        return _nouns.TryGetValue(upperForm, out var b) ? b : [];
    }
}

/// <summary>A verb of a block, as found in the index.</summary>
/// <param name="Form">The verb as listed.</param>
/// <param name="Block">Its block.</param>
public sealed record VerbEntry(VerbForm Form, VerbBlock Block)
{
    /// <summary>The code when no pattern matches: the verb's own, else the block's.</summary>
    public EventCodeSpec DefaultCode => Form.Code ?? Block.Code;
}
