using Entente.Model;
using Entente.Text.Learning;
using Entente.Text.Models;

namespace Entente.Text.Lemmas;

/// <summary>
/// Lemmatizer learned from a treebank: an exception table (lowercased form + XPOS → lemma) for
/// words the rules get wrong, and suffix rules by XPOS — for the longest known ending of the form,
/// the most frequent form→lemma edit. Proper nouns keep their case; other lemmas are lowercase.
/// Immutable; safe to share across threads.
/// </summary>
public sealed class Lemmatizer
{
    /// <summary>Model kind in the file header.</summary>
    public const string Kind = "lemmas";
    private const int Version = 2;
    private const int KeyTemplate = 9004;
    /// <summary>Longest form ending the suffix rules look at.</summary>
    public const int MaxSuffix = 5;

    // Hash of (xpos, lowercased form) → lemma: the forms are hashed (format 2) so that the model file holds no
    // word list of its treebank.
    private readonly Dictionary<ulong, string> _exceptions;
    private readonly Dictionary<string, LemmaTransform> _rules;     // "xpos\tsuffix" → transform
    private readonly Dictionary<string, LemmaTransform>.AlternateLookup<ReadOnlySpan<char>> _ruleLookup;

    /// <summary>Creates a lemmatizer from its tables.</summary>
    /// <param name="exceptions">"xpos TAB lowercased form" → lemma.</param>
    /// <param name="rules">"xpos TAB suffix" → transform.</param>
    /// <param name="meta">Training metadata.</param>
    public Lemmatizer(Dictionary<string, string> exceptions, Dictionary<string, LemmaTransform> rules, IReadOnlyDictionary<string, string>? meta = null)
        : this(exceptions.ToDictionary(kv => KeyOf(kv.Key), kv => kv.Value), rules, meta)
    {
    }

    private Lemmatizer(Dictionary<ulong, string> exceptions, Dictionary<string, LemmaTransform> rules, IReadOnlyDictionary<string, string>? meta)
    {
        _exceptions = exceptions;
        _rules = rules;
        _ruleLookup = rules.GetAlternateLookup<ReadOnlySpan<char>>();
        Meta = meta ?? new Dictionary<string, string>();
    }

    /// <summary>Training metadata.</summary>
    public IReadOnlyDictionary<string, string> Meta { get; }

    /// <summary>Number of exceptions and of suffix rules.</summary>
    public (int Exceptions, int Rules) Size => (_exceptions.Count, _rules.Count);

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="xpos"/>.</summary>
    public string Lemmatize(string form, string xpos)
    {
        if (form.Length == 0) return form;
        bool proper = xpos is "NNP" or "NNPS";
        Span<char> key = stackalloc char[Math.Min(xpos.Length + 1 + form.Length, 256)];
        if (key.Length < xpos.Length + 1 + form.Length) return proper ? form : form.ToLowerInvariant();
        xpos.AsSpan().CopyTo(key);
        key[xpos.Length] = '\t';
        var lowerPart = key[(xpos.Length + 1)..];
        form.AsSpan().ToLowerInvariant(lowerPart);
        if (_exceptions.TryGetValue(ExceptionKey(xpos, form), out var lemma)) return proper && lemma.Length == form.Length ? KeepCase(form, lemma) : lemma;
        string basis = proper ? form : IsLower(form) ? form : form.ToLowerInvariant();
        for (int len = Math.Min(MaxSuffix, form.Length - 1); len >= 0; len--)
        {
            var rk = key[..(xpos.Length + 1 + len)];
            lowerPart[(form.Length - len)..].CopyTo(rk[(xpos.Length + 1)..]);
            if (_ruleLookup.TryGetValue(rk, out var t)) return t.Apply(basis) ?? basis;
            // restore the key's tail for the next (shorter) attempt
            form.AsSpan().ToLowerInvariant(lowerPart);
        }
        return basis;
    }

    /// <summary>Sets <see cref="Token.Lemma"/> from each token's text and XPOS.</summary>
    public void Lemmatize(Token[] tokens)
    {
        for (int i = 0; i < tokens.Length; i++)
            tokens[i].Lemma = Lemmatize(tokens[i].Text, tokens[i].Xpos ?? "");
    }

    private static ulong ExceptionKey(ReadOnlySpan<char> xpos, ReadOnlySpan<char> form) =>
        FeatureHash.ExtendLower(FeatureHash.Of(KeyTemplate, xpos), form);

    /// <summary>The hash of an exception stored as "xpos TAB form".</summary>
    private static ulong KeyOf(string stored)
    {
        int tab = stored.IndexOf('\t');
        return ExceptionKey(stored.AsSpan(0, Math.Max(tab, 0)), stored.AsSpan(tab + 1));
    }

    private static bool IsLower(string s)
    {
        foreach (char c in s) if (char.IsUpper(c)) return false;
        return true;
    }

    private static string KeepCase(string form, string lemma) =>
        string.Equals(form, lemma, StringComparison.OrdinalIgnoreCase) ? form : lemma;

    /// <summary>Saves the tables with the model header.</summary>
    public void Save(Stream stream)
    {
        using var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelFile.WriteHeader(w, Kind, Version, Meta);
        w.Write(_exceptions.Count);
        foreach (var (k, v) in _exceptions.OrderBy(kv => kv.Key)) { w.Write(k); w.Write(v); }
        w.Write(_rules.Count);
        foreach (var (k, t) in _rules.OrderBy(kv => kv.Key, StringComparer.Ordinal)) { w.Write(k); w.Write((byte)t.Strip); w.Write(t.Append); }
    }

    /// <summary>Loads tables saved by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">Not a lemmatizer model, too new, truncated or corrupt (the message names the file).</exception>
    public static Lemmatizer Load(Stream stream, string name)
    {
        try { return Read(stream, name); }
        catch (Exception ex) when (ModelFile.IsCorruption(ex, name))
        {
            throw new InvalidDataException($"{name}: corrupt lemmatizer model ({ex.Message})", ex);
        }
    }

    private static Lemmatizer Read(Stream stream, string name)
    {
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var (version, meta) = ModelFile.ReadHeader(r, Kind, Version, name);
        int n = r.ReadInt32();
        var ex = new Dictionary<ulong, string>(n);
        // Format 1 stored the exceptions' forms as text; they are hashed as they are read.
        for (int i = 0; i < n; i++) { var k = version >= 2 ? r.ReadUInt64() : KeyOf(r.ReadString()); ex[k] = r.ReadString(); }
        int m = r.ReadInt32();
        var rules = new Dictionary<string, LemmaTransform>(m, StringComparer.Ordinal);
        for (int i = 0; i < m; i++) { var k = r.ReadString(); int strip = r.ReadByte(); rules[k] = new LemmaTransform(strip, r.ReadString()); }
        return new Lemmatizer(ex, rules, meta);
    }
}
