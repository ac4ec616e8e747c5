using System.Text;

namespace Entente.Sources;

/// <summary>
/// Turns file bytes into text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and Windows-1252
/// when the bytes are not valid UTF-8. Binary content (NUL bytes, many control characters) is refused.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private static readonly Encoding Windows1252 = new Windows1252Encoding();

    /// <summary>
    /// Decodes <paramref name="bytes"/>. Returns false with <paramref name="error"/> when the bytes are
    /// not text; <paramref name="warning"/> is set when the text was decoded with a fallback.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? error, out string? warning)
    {
        text = "";
        warning = null;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Check(text = Encoding.Unicode.GetString(bytes[2..]), out error);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Check(text = Encoding.BigEndianUnicode.GetString(bytes[2..]), out error);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];

        if (bytes.IndexOf((byte)0) >= 0) { error = "binary content (NUL bytes)"; return false; }
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            // Not UTF-8: legacy Western news files are mostly Windows-1252, which maps every byte.
            text = Windows1252.GetString(bytes);
            int at = ex.Index >= 0 ? ex.Index : 0;
            warning = $"invalid UTF-8 (line {LineOfByte(bytes, at)}); decoded as Windows-1252";
        }
        return Check(text, out error);
    }

    private static int LineOfByte(ReadOnlySpan<byte> bytes, int index)
    {
        // DecoderFallbackException.Index is relative to the decoder's buffer; clamp to be safe.
        index = Math.Clamp(index, 0, bytes.Length);
        int firstBad = FirstInvalidUtf8(bytes);
        if (firstBad >= 0) index = firstBad;
        return bytes[..index].Count((byte)'\n') + 1;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out int read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.InvalidData ? read : -1;
    }

    private static bool Check(string text, out string? error)
    {
        int control = 0;
        foreach (char c in text)
        {
            if (c == '\0') { error = "binary content (NUL characters)"; return false; }
            if (c < ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        if (control > text.Length / 100 + 4)
        {
            error = "binary content (control characters)";
            return false;
        }
        error = null;
        return true;
    }
}
