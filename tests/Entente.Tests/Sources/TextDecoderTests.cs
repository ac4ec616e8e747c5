using System.Text;
using Entente.Sources;

namespace Entente.Tests.Sources;

public class TextDecoderTests
{
    [Fact]
    public void Utf8WithAndWithoutBomDecodeTheSame()
    {
        var plain = Encoding.UTF8.GetBytes("Café in Zürich — “quoted”");
        var bom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(plain).ToArray();
        Assert.True(TextDecoder.TryDecode(plain, out var a, out _, out var wa));
        Assert.True(TextDecoder.TryDecode(bom, out var b, out _, out var wb));
        Assert.Equal("Café in Zürich — “quoted”", a);
        Assert.Equal(a, b);
        Assert.Null(wa);
        Assert.Null(wb);
    }

    [Fact]
    public void Utf16WithBomIsDecoded()
    {
        var le = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Hanoi, 4 March")).ToArray();
        var be = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("Hanoi, 4 March")).ToArray();
        Assert.True(TextDecoder.TryDecode(le, out var a, out _, out _));
        Assert.True(TextDecoder.TryDecode(be, out var b, out _, out _));
        Assert.Equal("Hanoi, 4 March", a);
        Assert.Equal("Hanoi, 4 March", b);
    }

    [Fact]
    public void InvalidUtf8FallsBackToWindows1252WithAWarningNamingTheLine()
    {
        // "first line\nthe minister’s “visit” cost €5" in cp1252: 0x92 ’, 0x93 “, 0x94 ”, 0x80 €.
        var bytes = Encoding.ASCII.GetBytes("first line\nthe minister").Concat(new byte[] { 0x92 })
            .Concat(Encoding.ASCII.GetBytes("s ")).Concat(new byte[] { 0x93 }).Concat(Encoding.ASCII.GetBytes("visit"))
            .Concat(new byte[] { 0x94 }).Concat(Encoding.ASCII.GetBytes(" cost ")).Concat(new byte[] { 0x80 }).Concat(Encoding.ASCII.GetBytes("5")).ToArray();
        Assert.True(TextDecoder.TryDecode(bytes, out var text, out _, out var warning));
        Assert.Equal("first line\nthe minister’s “visit” cost €5", text);
        Assert.NotNull(warning);
        Assert.Contains("line 2", warning);
        Assert.Contains("Windows-1252", warning);
    }

    [Fact]
    public void BinaryIsRefused()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D };
        Assert.False(TextDecoder.TryDecode(bytes, out _, out var error, out _));
        Assert.Contains("binary", error);
    }
}
