using System.Numerics;

namespace Entente.Text.Learning;

/// <summary>
/// Groups words into classes by their vectors: spherical k-means (cosine similarity) seeded by k-means++.
/// Vectors learned from billions of words of news and encyclopaedia text place a name among names of its
/// kind, so a recognizer that sees the class of a name it never saw in training reads it like the trained
/// ones (Guo et al. 2014 found such classes serve linear models better than the raw vectors).
/// Deterministic for a seed: assignment runs in parallel, but every sum is taken in word order.
/// </summary>
public static class VectorClustering
{
    /// <summary>Clusters the words of <paramref name="vectors"/> into <paramref name="classes"/> classes.</summary>
    /// <param name="vectors">Unit word vectors.</param>
    /// <param name="classes">Number of classes (at most the number of words).</param>
    /// <param name="iterations">Assignment passes, at most; stops early when no word moves.</param>
    /// <param name="seed">Seed of the k-means++ draws.</param>
    /// <param name="log">Progress.</param>
    /// <returns>The class of each word, in the order of <see cref="WordVectors.Words"/>.</returns>
    public static int[] Run(WordVectors vectors, int classes, int iterations = 20, int seed = 1, Action<string>? log = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        int n = vectors.Count, k = Math.Min(classes, n);
        int width = Vector<float>.Count, d = (vectors.Dimensions + width - 1) / width * width; // padded with zeros
        var x = new float[(long)n * d];
        for (int i = 0; i < n; i++) vectors.Of(i).CopyTo(x.AsSpan(i * d));
        var centroids = new float[k * d];
        var assigned = new int[n];
        var similarity = new float[n];
        Seed(x, n, d, centroids, k, seed, log);
        for (int it = 0; it < iterations; it++)
        {
            int moved = Assign(x, n, d, centroids, k, assigned, similarity, it == 0);
            Update(x, n, d, centroids, k, assigned, similarity);
            log?.Invoke($"k-means: iteration {it + 1}/{iterations}, {moved} words moved, mean cosine {similarity.Average():F4}");
            if (moved == 0) break;
        }
        return assigned;
    }

    /// <summary>k-means++: each next centroid is a word drawn with probability proportional to its squared distance from the nearest one so far.</summary>
    private static void Seed(float[] x, int n, int d, float[] centroids, int k, int seed, Action<string>? log)
    {
        var rng = new Random(seed);
        var distance = new float[n];
        Array.Fill(distance, float.MaxValue);
        int pick = rng.Next(n);
        for (int c = 0; c < k; c++)
        {
            x.AsSpan(pick * d, d).CopyTo(centroids.AsSpan(c * d, d));
            var centroid = centroids.AsMemory(c * d, d);
            Parallel.For(0, Chunks(n), chunk =>
            {
                var cv = centroid.Span;
                var (from, to) = Chunk(chunk, n);
                for (int i = from; i < to; i++)
                {
                    float e = 1 - Dot(x.AsSpan(i * d, d), cv);
                    e = e < 0 ? 0 : e * e;
                    if (e < distance[i]) distance[i] = e;
                }
            });
            if (c + 1 == k) break;
            double total = 0;
            for (int i = 0; i < n; i++) total += distance[i];
            if (total <= 0) { pick = rng.Next(n); continue; } // every word sits on a centroid: any will do
            double target = rng.NextDouble() * total, sum = 0;
            pick = n - 1;
            for (int i = 0; i < n; i++)
            {
                sum += distance[i];
                if (sum >= target && distance[i] > 0) { pick = i; break; }
            }
            if ((c + 1) % 512 == 0) log?.Invoke($"k-means++: {c + 1}/{k} centroids");
        }
    }

    /// <summary>Moves each word to its most similar centroid; returns how many moved.</summary>
    private static int Assign(float[] x, int n, int d, float[] centroids, int k, int[] assigned, float[] similarity, bool first)
    {
        int moved = 0;
        Parallel.For(0, Chunks(n), () => 0, (chunk, _, count) =>
        {
            var (from, to) = Chunk(chunk, n);
            for (int i = from; i < to; i++)
            {
                var xi = x.AsSpan(i * d, d);
                int best = 0;
                float top = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    float s = Dot(xi, centroids.AsSpan(c * d, d));
                    if (s > top) { top = s; best = c; }
                }
                if (first || best != assigned[i]) count++;
                assigned[i] = best;
                similarity[i] = top;
            }
            return count;
        }, count => Interlocked.Add(ref moved, count));
        return moved;
    }

    /// <summary>Each centroid becomes the normalised mean of its words; an empty class takes the word that fits its own class worst.</summary>
    private static void Update(float[] x, int n, int d, float[] centroids, int k, int[] assigned, float[] similarity)
    {
        Array.Clear(centroids);
        var size = new int[k];
        for (int i = 0; i < n; i++)
        {
            var c = centroids.AsSpan(assigned[i] * d, d);
            var xi = x.AsSpan(i * d, d);
            for (int j = 0; j < d; j++) c[j] += xi[j];
            size[assigned[i]]++;
        }
        for (int c = 0; c < k; c++)
        {
            var row = centroids.AsSpan(c * d, d);
            if (size[c] == 0)
            {
                int worst = 0;
                for (int i = 1; i < n; i++) if (similarity[i] < similarity[worst]) worst = i;
                similarity[worst] = 1; // not taken twice
                x.AsSpan(worst * d, d).CopyTo(row);
                continue;
            }
            float norm = MathF.Sqrt(Dot(row, row));
            if (norm > 0) for (int j = 0; j < d; j++) row[j] /= norm;
        }
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var acc = Vector<float>.Zero;
        int w = Vector<float>.Count;
        for (int j = 0; j < a.Length; j += w) acc += new Vector<float>(a[j..]) * new Vector<float>(b[j..]);
        return Vector.Sum(acc);
    }

    private const int ChunkSize = 2048;

    private static int Chunks(int n) => (n + ChunkSize - 1) / ChunkSize;

    private static (int From, int To) Chunk(int chunk, int n) => (chunk * ChunkSize, Math.Min(n, (chunk + 1) * ChunkSize));
}
