namespace Entente.Analysis;

/// <summary>
/// Lloyd's k-means on a few hundred points with deterministic farthest-point seeding, so the same
/// input always gives the same clusters.
/// </summary>
public static class KMeans
{
    /// <summary>Clusters <paramref name="count"/> points of <paramref name="dims"/> coordinates (row-major) into <paramref name="k"/> groups.</summary>
    public static int[] Cluster(ReadOnlySpan<double> points, int count, int dims, int k, int maxIterations = 100)
    {
        var labels = new int[count];
        if (count == 0) return labels;
        k = Math.Min(k, count);
        var centres = new double[k * dims];
        // Seed: the point farthest from the mean, then repeatedly the point farthest from all seeds.
        var mean = new double[dims];
        for (int i = 0; i < count; i++) for (int d = 0; d < dims; d++) mean[d] += points[i * dims + d] / count;
        var nearest = new double[count];
        int first = 0;
        double far = -1;
        for (int i = 0; i < count; i++)
        {
            double dist = Distance(points.Slice(i * dims, dims), mean);
            if (dist > far + 1e-12) { far = dist; first = i; }
        }
        points.Slice(first * dims, dims).CopyTo(centres.AsSpan(0, dims));
        for (int i = 0; i < count; i++) nearest[i] = Distance(points.Slice(i * dims, dims), centres.AsSpan(0, dims));
        for (int c = 1; c < k; c++)
        {
            int pick = 0;
            far = -1;
            for (int i = 0; i < count; i++) if (nearest[i] > far + 1e-12) { far = nearest[i]; pick = i; }
            points.Slice(pick * dims, dims).CopyTo(centres.AsSpan(c * dims, dims));
            for (int i = 0; i < count; i++)
                nearest[i] = Math.Min(nearest[i], Distance(points.Slice(i * dims, dims), centres.AsSpan(c * dims, dims)));
        }
        var sizes = new int[k];
        for (int it = 0; it < maxIterations; it++)
        {
            bool changed = false;
            for (int i = 0; i < count; i++)
            {
                int best = 0;
                double bestD = double.MaxValue;
                for (int c = 0; c < k; c++)
                {
                    double dist = Distance(points.Slice(i * dims, dims), centres.AsSpan(c * dims, dims));
                    if (dist < bestD - 1e-15) { bestD = dist; best = c; }
                }
                if (labels[i] != best || it == 0) { changed |= labels[i] != best; labels[i] = best; }
            }
            if (!changed && it > 0) break;
            Array.Clear(centres);
            Array.Clear(sizes);
            for (int i = 0; i < count; i++)
            {
                sizes[labels[i]]++;
                for (int d = 0; d < dims; d++) centres[labels[i] * dims + d] += points[i * dims + d];
            }
            for (int c = 0; c < k; c++)
                if (sizes[c] > 0) for (int d = 0; d < dims; d++) centres[c * dims + d] /= sizes[c];
        }
        return labels;
    }

    private static double Distance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (int d = 0; d < a.Length; d++) { double x = a[d] - b[d]; s += x * x; }
        return s;
    }
}
