using System.Runtime.CompilerServices;

namespace Entente.Text.Parsing;

/// <summary>The pieces the weight tables' file formats share: length-checked blocks, varints, halves.</summary>
internal static class TableBlocks
{
    /// <summary>Reads exactly <paramref name="length"/> bytes or fails.</summary>
    public static byte[] Read(BinaryReader r, int length)
    {
        if (length < 0) throw new InvalidDataException("negative block length in model");
        var bytes = r.ReadBytes(length);
        if (bytes.Length != length) throw new EndOfStreamException("model block truncated");
        return bytes;
    }

    /// <summary>Decodes a 7-bit varint at <paramref name="pos"/> and advances past it.</summary>
    public static int Varint(byte[] block, ref int pos)
    {
        int value = 0, shift = 0;
        byte b;
        do
        {
            if (pos >= block.Length || shift > 28) throw new InvalidDataException("bad varint in model block");
            b = block[pos++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return value;
    }

    /// <summary>
    /// Half to float by bit arithmetic (much faster than the general conversion). Subnormal halves
    /// (below 6e-5, far under the pruning threshold) become 0; infinities and NaN do not occur.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float HalfToSingle(ushort h)
    {
        uint magnitude = h & 0x7FFFu;
        if (magnitude < 0x0400u) return 0f;
        uint bits = ((uint)(h & 0x8000) << 16) | ((magnitude << 13) + ((127u - 15u) << 23));
        return BitConverter.UInt32BitsToSingle(bits);
    }
}
