using System.Globalization;
using Entente.Numerics;

namespace Entente.Text.Learning;

/// <summary>
/// Word vectors read from the common text format (GloVe's "word v1 … vd" lines, or word2vec's with a
/// "count dimensions" first line): lowercased words in file order (most frequent first in both tools' output),
/// each vector centred (the mean vector subtracted) and scaled to unit length so that a dot product is the cosine.
/// Centring matters: the vectors of frequent words share a common direction, and without it frequent words of
/// every kind ("paris", "cancelled") fall into one class. Used to learn word classes
/// (<see cref="VectorClustering"/>) and, quantized, as the entity network's input (<see cref="WordEmbeddings"/>).
/// </summary>
public sealed class WordVectors
{
    private WordVectors(string[] words, float[] values, int dimensions)
    {
        Words = words;
        Values = values;
        Dimensions = dimensions;
    }

    /// <summary>The words, lowercased, in file order; a word that repeats (after lowercasing) keeps its first vector.</summary>
    public string[] Words { get; }

    /// <summary>Vector length.</summary>
    public int Dimensions { get; }

    /// <summary>Unit vectors, row-major: word i's vector is <c>Values[i * Dimensions .. (i + 1) * Dimensions]</c>.</summary>
    internal float[] Values { get; }

    /// <summary>Number of words.</summary>
    public int Count => Words.Length;

    /// <summary>The unit vector of word <paramref name="i"/>.</summary>
    public ReadOnlySpan<float> Of(int i) => Values.AsSpan(i * Dimensions, Dimensions);

    /// <summary>Reads the first <paramref name="limit"/> words of a vectors file, with <paramref name="components"/> leading principal directions removed.</summary>
    /// <exception cref="InvalidDataException">A line does not hold a word and as many numbers as the first (the message names file and line).</exception>
    public static WordVectors ReadText(string path, int limit = int.MaxValue, int components = 0)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path, limit, components);
    }

    /// <summary>Reads vectors from text; <paramref name="name"/> names the source in errors.</summary>
    /// <exception cref="InvalidDataException">A line does not hold a word and as many numbers as the first (the message names the line).</exception>
    public static WordVectors Read(TextReader reader, string name, int limit = int.MaxValue, int components = 0)
    {
        var words = new List<string>();
        var values = new List<float>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int dimensions = -1, lineNo = 0;
        string? line;
        var scratch = new List<float>();
        while (words.Count < limit && (line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0) continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (lineNo == 1 && parts.Length == 2 && int.TryParse(parts[0], out _) && int.TryParse(parts[1], out int d))
            {
                dimensions = d; // word2vec's header line
                continue;
            }
            if (parts.Length < 2) throw new InvalidDataException($"{name}:{lineNo}: expected a word and its vector");
            if (dimensions < 0) dimensions = parts.Length - 1;
            if (parts.Length - 1 != dimensions)
                throw new InvalidDataException($"{name}:{lineNo}: {parts.Length - 1} numbers where the vectors have {dimensions}");
            scratch.Clear();
            bool zero = true;
            for (int k = 1; k < parts.Length; k++)
            {
                if (!float.TryParse(parts[k], NumberStyles.Float, CultureInfo.InvariantCulture, out float x) || !float.IsFinite(x))
                    throw new InvalidDataException($"{name}:{lineNo}: '{parts[k]}' is not a number");
                scratch.Add(x);
                zero &= x == 0;
            }
            var word = parts[0].ToLowerInvariant();
            if (zero || !seen.Add(word)) continue; // a zero vector says nothing about the word
            values.AddRange(scratch);
            words.Add(word);
        }
        if (words.Count == 0) throw new InvalidDataException($"{name}: no word vectors");
        var v = values.ToArray();
        Normalise(v, words.Count, dimensions, components);
        return new WordVectors(words.ToArray(), v, dimensions);
    }

    /// <summary>
    /// Subtracts the mean vector from every row and projects out the <paramref name="components"/> leading
    /// principal directions (Mu and Viswanath 2018: they encode word frequency more than meaning), then scales
    /// each row to unit length.
    /// </summary>
    private static void Normalise(float[] v, int n, int d, int components)
    {
        var mean = new double[d];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < d; j++) mean[j] += v[i * d + j];
        for (int j = 0; j < d; j++) mean[j] /= n;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < d; j++) v[i * d + j] -= (float)mean[j];
        var directions = components > 0 ? LeadingDirections(v, n, d, Math.Min(components, d)) : [];
        for (int i = 0; i < n; i++)
        {
            var row = v.AsSpan(i * d, d);
            foreach (var u in directions)
            {
                double p = 0;
                for (int j = 0; j < d; j++) p += row[j] * u[j];
                for (int j = 0; j < d; j++) row[j] -= (float)(p * u[j]);
            }
            double norm = 0;
            for (int j = 0; j < d; j++) norm += (double)row[j] * row[j];
            float scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0;
            for (int j = 0; j < d; j++) row[j] *= scale;
        }
    }

    /// <summary>The <paramref name="count"/> eigenvectors of the rows' scatter matrix with the largest eigenvalues.</summary>
    private static double[][] LeadingDirections(float[] v, int n, int d, int count)
    {
        var scatter = new double[d * d];
        for (int i = 0; i < n; i++)
        {
            var row = v.AsSpan(i * d, d);
            for (int a = 0; a < d; a++)
            {
                double x = row[a];
                for (int b = a; b < d; b++) scatter[a * d + b] += x * row[b];
            }
        }
        for (int a = 0; a < d; a++) for (int b = 0; b < a; b++) scatter[a * d + b] = scatter[b * d + a];
        var eigen = SymmetricEigen.Decompose(scatter, d); // eigenvalues ascending
        return Enumerable.Range(0, count).Select(c => Enumerable.Range(0, d).Select(j => eigen.Vector(d - 1 - c, j)).ToArray()).ToArray();
    }

    /// <summary>Builds vectors from words and their (any-length) vectors, for tests.</summary>
    public static WordVectors FromPairs(IEnumerable<(string Word, float[] Vector)> pairs)
    {
        var text = new StringWriter();
        foreach (var (w, v) in pairs) text.WriteLine(w + " " + string.Join(' ', v.Select(x => x.ToString("R", CultureInfo.InvariantCulture))));
        return Read(new StringReader(text.ToString()), "vectors");
    }
}
