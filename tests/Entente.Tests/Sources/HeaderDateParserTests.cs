using Entente.Sources;

namespace Entente.Tests.Sources;

public class HeaderDateParserTests
{
    [Theory]
    [InlineData("Tuesday, 4 March 2025", 2025, 3, 4)]
    [InlineData("The Meridian Post — 4th March 2025", 2025, 3, 4)]
    [InlineData("March 4, 2025", 2025, 3, 4)]
    [InlineData("Published Sept. 30 2024 by Reuters", 2024, 9, 30)]
    [InlineData("2025-03-05T08:30:00Z", 2025, 3, 5)]
    public void FindsDates(string text, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), HeaderDateParser.Parse(text));
    }

    [Theory]
    [InlineData("Marching 4, 2025")]
    [InlineData("31 February 2025")]
    [InlineData("in 2025 the talks")]
    public void RejectsNonDates(string text) => Assert.Null(HeaderDateParser.Parse(text));

    [Fact]
    public void ReportsTheSpanIncludingTheWeekday()
    {
        const string line = "Harbour Times - Tuesday, 4 March 2025";
        Assert.True(HeaderDateParser.TryFind(line, out _, out int at, out int len));
        Assert.Equal("Tuesday, 4 March 2025", line.Substring(at, len));
    }
}
