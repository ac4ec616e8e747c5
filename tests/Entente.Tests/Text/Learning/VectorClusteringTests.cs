using Entente.Text.Learning;

namespace Entente.Tests.Text.Learning;

public class VectorClusteringTests
{
    /// <summary>Three groups of words around three directions, with noise.</summary>
    private static WordVectors Groups(int perGroup, int seed)
    {
        var rng = new Random(seed);
        var pairs = new List<(string, float[])>();
        string[] names = ["city", "person", "verb"];
        for (int i = 0; i < perGroup; i++)
            for (int g = 0; g < 3; g++)
            {
                var x = new float[12];
                for (int j = 0; j < x.Length; j++) x[j] = (float)(rng.NextDouble() - 0.5) * 0.3f;
                x[g * 4] += 1; x[g * 4 + 1] += 1;
                pairs.Add(($"{names[g]}{i}", x));
            }
        return WordVectors.FromPairs(pairs);
    }

    [Fact]
    public void WordsAroundOneDirectionShareAClassAndOtherGroupsDoNot()
    {
        var v = Groups(30, 1);
        var classes = VectorClustering.Run(v, 3, 20, seed: 1);
        int Of(string w) => classes[Array.IndexOf(v.Words, w)];
        for (int i = 1; i < 30; i++)
        {
            Assert.Equal(Of("city0"), Of($"city{i}"));
            Assert.Equal(Of("person0"), Of($"person{i}"));
            Assert.Equal(Of("verb0"), Of($"verb{i}"));
        }
        Assert.Equal(3, new[] { Of("city0"), Of("person0"), Of("verb0") }.Distinct().Count());
    }

    [Fact]
    public void TheSameSeedGivesTheSameClassesAndEveryClassIsInRange()
    {
        var v = Groups(200, 2);
        var a = VectorClustering.Run(v, 16, 10, seed: 5);
        var b = VectorClustering.Run(v, 16, 10, seed: 5);
        Assert.Equal(a, b);
        Assert.All(a, c => Assert.InRange(c, 0, 15));
        Assert.Equal(16, a.Distinct().Count()); // no class left empty
    }

    [Fact]
    public void MoreClassesThanWordsGivesEachWordItsOwn()
    {
        var v = WordVectors.FromPairs([("a", [1f, 0f]), ("b", [0f, 1f]), ("c", [-1f, -1f])]);
        var classes = VectorClustering.Run(v, 10, 5);
        Assert.Equal(3, classes.Distinct().Count());
    }
}
