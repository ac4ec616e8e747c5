using System.Text;

namespace Entente.Sources;

/// <summary>Decoder for Windows-1252 (the usual encoding of legacy Western news files). Decode only.</summary>
internal sealed class Windows1252Encoding : Encoding
{
    // 0x80–0x9F; the rest of the code page equals ISO-8859-1. Undefined bytes map to U+FFFD.
    private static readonly char[] High =
    [
        '\u20AC', '\uFFFD', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\uFFFD', '\u017D', '\uFFFD',
        '\uFFFD', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\uFFFD', '\u017E', '\u0178',
    ];

    public override int GetByteCount(char[] chars, int index, int count) => throw new NotSupportedException();
    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) => throw new NotSupportedException();
    public override int GetCharCount(byte[] bytes, int index, int count) => count;
    public override int GetMaxByteCount(int charCount) => charCount;
    public override int GetMaxCharCount(int byteCount) => byteCount;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        for (int i = 0; i < byteCount; i++)
        {
            byte b = bytes[byteIndex + i];
            chars[charIndex + i] = b is >= 0x80 and <= 0x9F ? High[b - 0x80] : (char)b;
        }
        return byteCount;
    }
}
