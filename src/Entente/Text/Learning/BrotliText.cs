using System.IO.Compression;

namespace Entente.Text.Learning;

/// <summary>
/// Lines of text stored Brotli-compressed in a model file (word lists, word-class maps): small on disk, and
/// decoded at load into one buffer to parse from, rather than a string per line.
/// </summary>
internal static class BrotliText
{
    /// <summary>Compresses <paramref name="lines"/>, each ended by '\n'.</summary>
    public static byte[] Compress(IEnumerable<string> lines)
    {
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var text = new StreamWriter(brotli, new System.Text.UTF8Encoding(false)))
            foreach (var line in lines) { text.Write(line); text.Write('\n'); }
        return buffer.ToArray();
    }

    /// <summary>The text of <paramref name="data"/>.</summary>
    /// <exception cref="InvalidDataException">Not Brotli-compressed UTF-8 (the message names <paramref name="section"/>).</exception>
    public static char[] Decode(byte[] data, string section)
    {
        if (data.Length == 0) return [];
        try
        {
            using var brotli = new BrotliStream(new MemoryStream(data), CompressionMode.Decompress);
            using var text = new MemoryStream(data.Length * 4);
            brotli.CopyTo(text, 1 << 16);
            return new System.Text.UTF8Encoding(false, true).GetChars(text.GetBuffer(), 0, (int)text.Length);
        }
        catch (Exception e) when (e is IOException or System.Text.DecoderFallbackException)
        {
            throw new InvalidDataException($"corrupt {section} ({e.Message})", e);
        }
    }
}
