using Entente.Sources;
using Entente.Tests.Support;

namespace Entente.Tests.Sources;

public class JsonlAdapterTests
{
    [Fact]
    public void ReadsEveryFieldAndReportsBadLinesWithTheirLineNumber()
    {
        using var dir = new TempDir();
        var path = dir.Write("feed.jsonl", string.Join('\n',
            """{"id":"a1","title":"T1","text":"First article.","url":"https://x/1","source":"Wire","published":"2025-03-07"}""",
            """{"id":"a2","text": broken json""",
            "",
            """{"title":"no text"}""",
            """{"text":"Third article without id."}"""));
        var items = new JsonlAdapter().ReadFile(path, "feed.jsonl", new SourceOptions()).ToList();
        Assert.Equal(4, items.Count);
        var first = items[0].Document!;
        Assert.Equal(("a1", "T1", "Wire", "https://x/1"), (first.Id, first.Meta.Title, first.Meta.Publication, first.Meta.Url));
        Assert.Equal(new DateOnly(2025, 3, 7), first.Meta.Published);
        Assert.Equal(path + ":2", items[1].Origin);
        Assert.Contains("invalid JSON", items[1].Error);
        Assert.Equal(path + ":4", items[2].Origin);
        Assert.Contains("text", items[2].Error);
        Assert.Equal("feed.jsonl:5", items[3].Document!.Id);
    }
}
