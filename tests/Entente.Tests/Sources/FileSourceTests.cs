using System.Text;
using Entente.Sources;
using Entente.Tests.Support;

namespace Entente.Tests.Sources;

public class FileSourceTests
{
    [Fact]
    public void FoldersAreReadRecursivelyInStableOrderWithRelativeIds()
    {
        using var dir = new TempDir();
        dir.Write("b.txt", "Title B\n\nBody B.");
        dir.Write("sub/a.txt", "Title A\n\nBody A.");
        dir.Write("sub/c.md", "# Title C\n\nBody C.");
        var ids = new FileSource(new SourceOptions()).Read([dir.Path]).Select(i => i.Document!.Id).ToList();
        Assert.Equal(["b.txt", "sub/a.txt", "sub/c.md"], ids);
    }

    [Fact]
    public void EveryBadInputBecomesAFailureNamingTheFile()
    {
        using var dir = new TempDir();
        dir.WriteBytes("bin.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]);
        dir.Write("empty.txt", "");
        dir.Write("blank.txt", "   \n\n  ");
        dir.Write("image.png", "not really");
        var source = new FileSource(new SourceOptions { MaxFileBytes = 1000 });
        dir.Write("big.txt", new string('x', 2000));
        var items = source.Read([dir.Path]).ToDictionary(i => Path.GetFileName(i.Origin));
        Assert.Contains("binary", items["bin.txt"].Error);
        Assert.Contains("empty", items["empty.txt"].Error);
        Assert.Contains("empty", items["blank.txt"].Error);
        Assert.Contains("unsupported", items["image.png"].Error);
        Assert.Contains("too large", items["big.txt"].Error);
    }

    [Fact]
    public void Windows1252FileIsStoredWithAWarning()
    {
        using var dir = new TempDir();
        var bytes = Encoding.ASCII.GetBytes("Title\n\nThe minister").Concat(new byte[] { 0x92 }).Concat(Encoding.ASCII.GetBytes("s visit.")).ToArray();
        dir.WriteBytes("legacy.txt", bytes);
        var item = Assert.Single(new FileSource(new SourceOptions()).Read([dir.Path]));
        Assert.Equal("The minister’s visit.", item.Document!.Text);
        Assert.Contains(item.Warnings, w => w.Contains("Windows-1252"));
    }
}
