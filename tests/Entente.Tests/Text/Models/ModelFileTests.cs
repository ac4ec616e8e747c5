using Entente.Text.Models;

namespace Entente.Tests.Text.Models;

public class ModelFileTests
{
    /// <summary>The decompressed body of a model file whose format stores it compressed, as text (to look for words in it).</summary>
    internal static string BodyText(byte[] file, string kind)
    {
        var ms = new MemoryStream(file);
        using var r = new BinaryReader(ms, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelFile.ReadHeader(r, kind, int.MaxValue, "test");
        return System.Text.Encoding.UTF8.GetString(ModelFile.ReadCompressedBody(ms, "test").ToArray());
    }

    [Fact]
    public void ACompressedBodyReadsBackAfterItsHeader()
    {
        var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true)) ModelFile.WriteHeader(w, "toy", 2, new Dictionary<string, string> { ["seed"] = "1" });
        var payload = Enumerable.Range(0, 10_000).Select(i => (byte)(i % 7)).ToArray();
        using (var body = ModelFile.CompressedBody(ms)) body.Write(payload);
        Assert.True(ms.Length < payload.Length / 10, $"{ms.Length} bytes for a repetitive payload of {payload.Length}");
        ms.Position = 0;
        using var r = new BinaryReader(ms, System.Text.Encoding.UTF8, leaveOpen: true);
        var (version, meta) = ModelFile.ReadHeader(r, "toy", 2, "toy.bin");
        Assert.Equal(2, version);
        Assert.Equal("1", meta["seed"]);
        Assert.Equal(payload, ModelFile.ReadCompressedBody(ms, "toy.bin").ToArray());
    }

    [Fact]
    public void ABodyThatIsNotBrotliNamesTheFile()
    {
        var garbage = new MemoryStream(Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 + 11)).ToArray());
        var ex = Assert.Throws<InvalidDataException>(() => ModelFile.ReadCompressedBody(garbage, "ner.bin"));
        Assert.Contains("ner.bin", ex.Message);
    }
}
