using Entente.Numerics;

namespace Entente.Tests.Numerics;

public class SymmetricEigenTests
{
    [Fact]
    public void Decomposes_a_random_symmetric_matrix()
    {
        int n = 30;
        var rng = new Random(5);
        var a = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = i; j < n; j++) a[i * n + j] = a[j * n + i] = rng.NextDouble() * 2 - 1;
        var e = SymmetricEigen.Decompose(a, n);
        for (int k = 0; k < n; k++)
        {
            if (k > 0) Assert.True(e.Values[k] >= e.Values[k - 1]);
            for (int r = 0; r < n; r++)
            {
                double av = 0;
                for (int c = 0; c < n; c++) av += a[r * n + c] * e.Vector(k, c);
                Assert.Equal(e.Values[k] * e.Vector(k, r), av, 8);
            }
        }
    }
}
