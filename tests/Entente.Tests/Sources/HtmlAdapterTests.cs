using Entente.Sources;

namespace Entente.Tests.Sources;

public class HtmlAdapterTests
{
    private const string Page = """
        <html><head>
          <title>Site | Fallback title</title>
          <meta property="og:title" content="Treaty signed in Hanoi">
          <meta property="og:site_name" content="Continental Wire">
          <meta name="date" content="2025-03-05">
          <style>p { color: red }</style><script>var tracking = "secret script";</script>
        </head><body>
          <nav><a href="/">Home</a> World Sport</nav>
          <article>
            <h1>Treaty signed in Hanoi</h1>
            <p>India and Vietnam signed a <b>defence</b> treaty on Tuesday.</p>
            <!-- a comment that must not appear -->
            <p>China condemned it.</p>
            <div class="share-buttons">Share on social</div>
          </article>
          <footer>Copyright</footer>
        </body></html>
        """;

    [Fact]
    public void ExtractsTitleMetaAndMainTextOnly()
    {
        var item = Assert.Single(new HtmlAdapter().Read("p.html", "p.html", Page, new SourceOptions()));
        var doc = item.Document!;
        Assert.Equal("Treaty signed in Hanoi", doc.Meta.Title);
        Assert.Equal("Continental Wire", doc.Meta.Publication);
        Assert.Equal(new DateOnly(2025, 3, 5), doc.Meta.Published);
        Assert.Equal("India and Vietnam signed a defence treaty on Tuesday.\n\nChina condemned it.", doc.Text);
    }

    [Fact]
    public void PublishedTimeFromJsonLdAndTimeElements()
    {
        const string html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-11-02T10:00:00+01:00","publisher":{"@type":"Organization","name":"The Ledger"}}</script></head>
            <body><p>Body of the article.</p></body></html>
            """;
        var doc = Assert.Single(new HtmlAdapter().Read("j.html", "j.html", html, new SourceOptions())).Document!;
        Assert.Equal(new DateOnly(2024, 11, 2), doc.Meta.Published);
        Assert.Equal("The Ledger", doc.Meta.Publication);
    }

    [Fact]
    public void BrokenHtmlWithoutTextFailsNamingTheLine()
    {
        const string html = "<html><body>\n<div><p><table><tr><td></td></tr>\n</div></span></html><<<";
        var item = Assert.Single(new HtmlAdapter().Read("b.html", "b.html", html, new SourceOptions()));
        Assert.Null(item.Document);
        Assert.Contains("broken HTML", item.Error);
        Assert.Contains("line", item.Error);
    }

    [Fact]
    public void MalformedButReadableHtmlIsKeptWithAWarning()
    {
        const string html = "<html><body><p>Text with an <b>unclosed tag.<p>Second paragraph</body>";
        var item = Assert.Single(new HtmlAdapter().Read("m.html", "m.html", html, new SourceOptions()));
        Assert.NotNull(item.Document);
        Assert.Contains("Second paragraph", item.Document!.Text);
    }
}
