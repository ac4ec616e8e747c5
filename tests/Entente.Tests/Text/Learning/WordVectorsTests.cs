using Entente.Text.Learning;

namespace Entente.Tests.Text.Learning;

public class WordVectorsTests
{
    [Fact]
    public void GloveLinesAreReadCentredAndOfUnitLength()
    {
        var v = WordVectors.Read(new StringReader("The 1 2 3\nparis 2 0 1\nrome 0 2 5\n"), "v.txt");
        Assert.Equal(["the", "paris", "rome"], v.Words);
        Assert.Equal(3, v.Dimensions);
        for (int i = 0; i < v.Count; i++)
        {
            var row = v.Of(i);
            Assert.Equal(1.0, Math.Sqrt(row.ToArray().Sum(x => (double)x * x)), 4);
        }
        // Centred: the mean vector was (1, 4/3, 3), so "the" (1, 2, 3) keeps only its second coordinate.
        Assert.Equal(0, v.Of(0)[0], 5);
        Assert.Equal(1, v.Of(0)[1], 5);
    }

    [Fact]
    public void AWord2vecHeaderIsSkippedAndTheLimitHolds()
    {
        var v = WordVectors.Read(new StringReader("3 2\na 1 0\nb 0 1\nc 1 1\n"), "v.txt", limit: 2);
        Assert.Equal(["a", "b"], v.Words);
    }

    [Fact]
    public void ABadLineIsNamedByFileAndLine()
    {
        var wrongLength = Assert.Throws<InvalidDataException>(() => WordVectors.Read(new StringReader("a 1 0\nb 0 1 2\n"), "v.txt"));
        Assert.Contains("v.txt:2", wrongLength.Message);
        var notANumber = Assert.Throws<InvalidDataException>(() => WordVectors.Read(new StringReader("a 1 0\nb 0 x\n"), "v.txt"));
        Assert.Contains("v.txt:2", notANumber.Message);
        Assert.Throws<InvalidDataException>(() => WordVectors.Read(new StringReader(""), "v.txt"));
    }

    [Fact]
    public void RemovingTheLeadingDirectionSeparatesWordsThatShareIt()
    {
        // Every vector is dominated by one shared direction (as frequency dominates real vectors); under it,
        // a and b point one way, c and d the other.
        var pairs = new List<(string, float[])>();
        var rng = new Random(3);
        for (int i = 0; i < 40; i++)
        {
            float big = 10 + (float)rng.NextDouble() * 10;
            float side = i % 2 == 0 ? 1 : -1;
            pairs.Add(($"w{i}", [big, side + (float)rng.NextDouble() * 0.1f, (float)rng.NextDouble() * 0.1f]));
        }
        var plain = WordVectors.FromPairs(pairs);
        var text = new StringWriter();
        foreach (var (w, x) in pairs) text.WriteLine(w + " " + string.Join(' ', x.Select(f => f.ToString("R", System.Globalization.CultureInfo.InvariantCulture))));
        var removed = WordVectors.Read(new StringReader(text.ToString()), "v.txt", components: 1);
        float Cos(WordVectors v, int a, int b)
        {
            float s = 0;
            for (int j = 0; j < v.Dimensions; j++) s += v.Of(a)[j] * v.Of(b)[j];
            return s;
        }
        Assert.True(Cos(removed, 0, 1) < -0.9, $"opposite sides after removal: {Cos(removed, 0, 1)}");
        Assert.True(Cos(removed, 0, 2) > 0.9, $"same side after removal: {Cos(removed, 0, 2)}");
        for (int i = 2; i < 40; i++) Assert.Equal(i % 2 == 0, Cos(removed, 0, i) > 0);
        // Without the removal the shared direction decides: some words of the other side still look alike.
        Assert.Contains(Enumerable.Range(1, 39).Where(i => i % 2 == 1), i => Cos(plain, 0, i) > 0);
    }
}
