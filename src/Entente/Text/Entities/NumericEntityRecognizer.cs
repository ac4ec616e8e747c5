using Entente.Model;
using static Entente.Text.Entities.NumericEntityData;

namespace Entente.Text.Entities;

/// <summary>
/// Rule-based DATE, MONEY, PERCENT and CARDINAL entities over tagged tokens: "4 March 2025",
/// "March 4, 2025", "last Tuesday", "$2.5bn", "€300 million", "45 per cent", "12", "thousands".
/// Stateless and thread-safe.
/// </summary>
public sealed class NumericEntityRecognizer
{
    /// <summary>Appends the numeric entities of <paramref name="tokens"/> whose words are not already
    /// covered (<paramref name="taken"/>) as (first token, count, type).</summary>
    public void Find(Token[] tokens, ReadOnlySpan<bool> taken, List<EntitySpan> found)
    {
        for (int i = 0; i < tokens.Length;)
        {
            if (taken[i]) { i++; continue; }
            int n;
            string type;
            if ((n = Money(tokens, i)) > 0) type = "MONEY";
            else if ((n = Percent(tokens, i)) > 0) type = "PERCENT";
            else if ((n = Date(tokens, i)) > 0) type = "DATE";
            else if ((n = Cardinal(tokens, i)) > 0) type = "CARDINAL";
            else { i++; continue; }
            bool free = true;
            for (int k = i; k < i + n; k++) free &= !taken[k];
            if (free) found.Add(new EntitySpan(i, n, type));
            i += n;
        }
    }

    private static string At(Token[] t, int i) => i < t.Length ? t[i].Text : "";

    /// <summary>Length of a number (digits or number words, with magnitudes) at i, or 0.</summary>
    private static int Number(Token[] t, int i)
    {
        int n = 0;
        while (i + n < t.Length && (IsNumeral(t[i + n]) || (n > 0 && Magnitudes.Contains(t[i + n].Text)))) n++;
        return n;
    }

    private static bool IsNumeral(in Token t)
    {
        var s = t.Text;
        if (s.Length > 0 && char.IsDigit(s[0]))
        {
            foreach (char c in s) if (!(char.IsDigit(c) || c is '.' or ',')) return false;
            return true;
        }
        return t.Xpos == "CD" && NumberWords.Contains(s) && !s.EndsWith('s');
    }

    private static int Money(Token[] t, int i)
    {
        if (CurrencySymbols.Contains(t[i].Text) || (t[i].Text is "US" or "U.S." && At(t, i + 1) == "$"))
        {
            int sym = CurrencySymbols.Contains(t[i].Text) ? 1 : 2;
            int n = Number(t, i + sym);
            return n > 0 ? sym + n : 0;
        }
        int m = Number(t, i);
        if (m > 0 && CurrencyWords.Contains(At(t, i + m))) return m + 1;
        return 0;
    }

    private static int Percent(Token[] t, int i)
    {
        int n = Number(t, i);
        if (n == 0) return 0;
        var next = At(t, i + n);
        if (next is "%" || next.Equals("percent", StringComparison.OrdinalIgnoreCase) || next.Equals("pct", StringComparison.OrdinalIgnoreCase)) return n + 1;
        if (next.Equals("per", StringComparison.OrdinalIgnoreCase) && At(t, i + n + 1).Equals("cent", StringComparison.OrdinalIgnoreCase)) return n + 2;
        return 0;
    }

    private static int Date(Token[] t, int i)
    {
        var w = t[i].Text;
        if (DateWords.Contains(w)) return 1;
        if (Relative.Contains(w) && (Weekdays.Contains(At(t, i + 1)) || DateUnits.Contains(At(t, i + 1)) || Months.Contains(At(t, i + 1)))) return 2;
        if (Weekdays.Contains(w))
        {
            int comma = At(t, i + 1) == "," ? 1 : 0;
            int k = DayMonthYear(t, i + 1 + comma);
            return k > 0 ? 1 + comma + k : 1;
        }
        int dmy = DayMonthYear(t, i);
        if (dmy > 0) return dmy;
        if (IsYear(w) && (i == 0 || !CurrencySymbols.Contains(t[i - 1].Text))) return 1;
        if (IsNumericDate(w)) return 1;
        if (w.Length == 5 && w.EndsWith("0s") && char.IsDigit(w[0])) return 1; // 1990s
        return 0;
    }

    /// <summary>"4 March 2025", "4 March", "March 4, 2025", "March 4", "March 2025", "March" before a year.</summary>
    private static int DayMonthYear(Token[] t, int i)
    {
        if (i >= t.Length) return 0;
        var w = t[i].Text;
        if (IsDay(w) && Months.Contains(At(t, i + 1)) && IsMonthToken(t, i + 1))
            return IsYear(At(t, i + 2)) ? 3 : 2;
        if (Months.Contains(w) && IsMonthToken(t, i))
        {
            if (IsDay(At(t, i + 1)))
            {
                if (At(t, i + 2) == "," && IsYear(At(t, i + 3))) return 4;
                return IsYear(At(t, i + 2)) ? 3 : 2;
            }
            if (IsYear(At(t, i + 1))) return 2;
        }
        return 0;
    }

    /// <summary>"May", "March" are months only when tagged as proper nouns.</summary>
    private static bool IsMonthToken(Token[] t, int i) => t[i].Xpos is null or "NNP" || t[i].Text.Length > 5;

    private static bool IsDay(string s)
    {
        var core = s.AsSpan();
        if (core.EndsWith("st") || core.EndsWith("nd") || core.EndsWith("rd") || core.EndsWith("th")) core = core[..^2];
        return int.TryParse(core, out int d) && d is >= 1 and <= 31 && core.Length <= 2;
    }

    private static bool IsYear(string s) => s.Length == 4 && int.TryParse(s, out int y) && y is >= 1800 and <= 2100;

    private static bool IsNumericDate(string s)
    {
        int seps = 0;
        foreach (char c in s) { if (c is '/' or '-') seps++; else if (!char.IsDigit(c)) return false; }
        return seps == 2 && s.Length is >= 6 and <= 10;
    }

    private static int Cardinal(Token[] t, int i)
    {
        int n = Number(t, i);
        if (n > 0) return n;
        var w = t[i].Text;
        return t[i].Xpos is "CD" or "NNS" && w.EndsWith('s') && NumberWords.Contains(w) ? 1 : 0;
    }
}
