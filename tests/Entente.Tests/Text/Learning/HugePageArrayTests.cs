using Entente.Text.Learning;

namespace Entente.Tests.Text.Learning;

public class HugePageArrayTests
{
    [Fact]
    public void StartsZeroedKeepsWhatIsWrittenAndCountsItsBytes()
    {
        var a = new HugePageArray<int>(3_000_000);
        // Other tests allocate tables in parallel, so only a lower bound is certain.
        Assert.True(HugePages.LiveBytes >= 12_000_000, $"{HugePages.LiveBytes} bytes counted");
        var span = a.Span;
        Assert.Equal(3_000_000, span.Length);
        Assert.False(span.ContainsAnyExcept(0));
        span[0] = 7; span[^1] = 9;
        Assert.Equal(7, a.Span[0]);
        Assert.Equal(9, a.Span[^1]);
        a.Dispose();
        a.Dispose(); // a second dispose is harmless
    }

    [Fact]
    public void RefusesALengthBeyondASpan()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new HugePageArray<byte>(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HugePageArray<byte>((long)int.MaxValue + 1));
    }
}
