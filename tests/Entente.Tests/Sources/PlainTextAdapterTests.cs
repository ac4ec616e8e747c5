using Entente.Sources;

namespace Entente.Tests.Sources;

public class PlainTextAdapterTests
{
    private static Entente.Model.Document Read(string text, SourceOptions? options = null, string path = "a.txt")
    {
        var item = Assert.Single(new PlainTextAdapter().Read(path, "a.txt", text, options ?? new SourceOptions()));
        Assert.Null(item.Error);
        return item.Document!;
    }

    [Fact]
    public void TitleDatelineAndPublicationAreTakenFromTheHeaderAndRemovedFromTheBody()
    {
        var doc = Read("Leaders meet in Hanoi\nThe Meridian Post — Tuesday, 4 March 2025\n\nHANOI — The two leaders met on Tuesday.\n\nThey talked.");
        Assert.Equal("Leaders meet in Hanoi", doc.Meta.Title);
        Assert.Equal("The Meridian Post", doc.Meta.Publication);
        Assert.Equal(new DateOnly(2025, 3, 4), doc.Meta.Published);
        Assert.StartsWith("HANOI — The two leaders", doc.Text);
    }

    [Fact]
    public void FrontMatterFieldsAreRead()
    {
        var doc = Read("---\ntitle: A treaty\nsource: Harbour Times\ndate: 2025-03-04\nurl: https://example.org/t\n---\n\nBody text here.", path: "t.md");
        Assert.Equal("A treaty", doc.Meta.Title);
        Assert.Equal("Harbour Times", doc.Meta.Publication);
        Assert.Equal(new DateOnly(2025, 3, 4), doc.Meta.Published);
        Assert.Equal("https://example.org/t", doc.Meta.Url);
        Assert.Equal("Body text here.", doc.Text);
    }

    [Fact]
    public void CommandLineOverridesWin()
    {
        var doc = Read("Title\nThe Meridian Post — 4 March 2025\n\nBody.", new SourceOptions { Date = new DateOnly(2020, 1, 2), Source = "Override" });
        Assert.Equal(new DateOnly(2020, 1, 2), doc.Meta.Published);
        Assert.Equal("Override", doc.Meta.Publication);
    }

    [Fact]
    public void AFirstLineThatIsASentenceIsNotATitle()
    {
        var doc = Read("The minister of foreign affairs of the republic said on Monday that the talks with the neighbouring states had failed.\n\nMore text.");
        Assert.Null(doc.Meta.Title);
        Assert.StartsWith("The minister", doc.Text);
    }

    [Fact]
    public void CrLfIsNormalisedSoOffsetsAreStable()
    {
        var doc = Read("Title\r\n\r\nLine one.\r\nLine two.");
        Assert.DoesNotContain('\r', doc.Text);
        Assert.Equal("Line one.\nLine two.", doc.Text);
    }

    [Fact]
    public void AHeaderWithoutBodyFails()
    {
        var item = Assert.Single(new PlainTextAdapter().Read("x.txt", "x.txt", "Just a title\nThe Wire — 4 March 2025\n", new SourceOptions()));
        Assert.NotNull(item.Error);
    }
}
