using Entente.Text.Learning;

namespace Entente.Tests.Text.Learning;

public class TextLinesTests
{
    private static List<string> Lines(string text)
    {
        var lines = new List<string>();
        foreach (var line in new TextLines(text)) lines.Add(line.ToString());
        return lines;
    }

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("a", new[] { "a" })]
    [InlineData("a\nb\n", new[] { "a", "b" })]
    [InlineData("a\n\nb", new[] { "a", "", "b" })]
    [InlineData("\n", new[] { "" })]
    public void LinesEndAtNewlinesOnly(string text, string[] expected) => Assert.Equal(expected, Lines(text));

    [Fact]
    public void OtherLineBreaksStayInTheLine() => Assert.Equal(["a\rb\u2028c"], Lines("a\rb\u2028c\n"));
}
