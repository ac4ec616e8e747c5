using System.Text;

namespace Entente.Sources;

/// <summary>
/// Generates news-like articles for throughput benchmarks: deterministic (fixed seed), with
/// headlines, datelines, names, titles, abbreviations, numbers, money and quotations, so every
/// text stage does realistic work.
/// </summary>
public sealed class SyntheticArticles
{
    private static readonly string[] Countries = ["Russia", "China", "India", "France", "Germany", "Brazil", "Japan", "Turkey", "Iran", "Egypt", "Vietnam", "Kenya", "Mexico", "Poland", "Ukraine"];
    private static readonly string[] Leaders = ["President Marta Velasquez", "Prime Minister Ivo Stern", "Mr. Tanaka", "Dr. Amina Okafor", "Foreign Minister Lee Jun-ho", "Gen. Ahmed Karimi"];
    private static readonly string[] Verbs = ["met", "criticised", "praised", "signed an agreement with", "imposed sanctions on", "hosted", "warned", "accused", "pledged aid to", "held talks with"];
    private static readonly string[] Objects = ["a defence pact", "new tariffs", "the U.S. proposal", "$2.5bn in loans", "joint naval exercises", "a ceasefire plan", "the 2019 accord"];
    private static readonly string[] Fillers = ["on Tuesday", "in the capital", "according to officials", "after weeks of talks", "despite objections", "at the summit", "last month"];
    private static readonly string[] Publications = ["The Meridian Post", "Harbour Times", "Continental Wire", "The Daily Ledger"];

    private readonly Random _random;

    /// <summary>Creates a generator with a fixed seed.</summary>
    public SyntheticArticles(int seed = 42) => _random = new Random(seed);

    /// <summary>One article of about <paramref name="words"/> words, as plain text with a header.</summary>
    public string Next(int index, int words)
    {
        var sb = new StringBuilder(words * 7);
        var day = new DateOnly(2024, 1, 1).AddDays(index % 700);
        sb.Append(Pick(Countries)).Append(" and ").Append(Pick(Countries)).Append(" agree on ").Append(Pick(Objects)).Append(" (").Append(index).Append(")\n");
        sb.Append(Pick(Publications)).Append(" — ").Append(day.ToString("dddd, d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)).Append("\n\n");
        int count = 0;
        while (count < words)
        {
            int sentences = 3 + _random.Next(3);
            for (int s = 0; s < sentences && count < words; s++) count += Sentence(sb);
            sb.Append("\n\n");
        }
        return sb.ToString();
    }

    private int Sentence(StringBuilder sb)
    {
        int start = sb.Length;
        switch (_random.Next(4))
        {
            case 0:
                sb.Append(Pick(Leaders)).Append(" of ").Append(Pick(Countries)).Append(' ').Append(Pick(Verbs)).Append(' ').Append(Pick(Countries))
                  .Append(' ').Append(Pick(Fillers)).Append(", and officials said ").Append(_random.Next(2, 900)).Append(" troops would stay. ");
                break;
            case 1:
                sb.Append('"').Append("We will not accept ").Append(Pick(Objects)).Append(",\" said ").Append(Pick(Leaders)).Append(", adding that ")
                  .Append(Pick(Countries)).Append(" had spent ").Append(_random.Next(1, 99)).Append('.').Append(_random.Next(0, 9)).Append(" per cent more. ");
                break;
            case 2:
                sb.Append("The ministry in ").Append(Pick(Countries)).Append(" said it ").Append(Pick(Verbs)).Append(' ').Append(Pick(Countries))
                  .Append(" over ").Append(Pick(Objects)).Append(' ').Append(Pick(Fillers)).Append(", a claim denied by the U.N. envoy. ");
                break;
            default:
                sb.Append("Analysts at the institute estimated that about ").Append(_random.Next(100, 20000).ToString("N0", System.Globalization.CultureInfo.InvariantCulture))
                  .Append(" people were affected, while ").Append(Pick(Countries)).Append("'s government didn't comment ").Append(Pick(Fillers)).Append(". ");
                break;
        }
        int n = 1;
        for (int i = start; i < sb.Length; i++) if (sb[i] == ' ') n++;
        return n;
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}
