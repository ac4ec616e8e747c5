using System.Security.Cryptography;
using System.Text;

namespace Entente.Sources;

/// <summary>
/// The content hash that makes re-ingesting the same article a no-op: SHA-256 over the text after
/// Unicode NFC normalisation, with every run of white space folded to one space and case kept.
/// </summary>
public static class DocumentHash
{
    /// <summary>Lower-case hex SHA-256 of the normalised text.</summary>
    public static string Of(string text)
    {
        var normal = text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(normal.Length);
        bool space = false;
        foreach (char c in normal)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
