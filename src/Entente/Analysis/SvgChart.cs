using System.Globalization;
using System.Security;
using System.Text;

namespace Entente.Analysis;

/// <summary>
/// Writes a self-contained SVG line or bar chart: title, axes with round ticks, thinned x labels and a
/// legend. No scripts or external styles, so it embeds in web pages and opens in any browser.
/// </summary>
public static class SvgChart
{
    private const int Width = 860, Height = 420, Left = 64, Right = 24, Top = 48, Bottom = 72;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Renders <paramref name="series"/> over <paramref name="xLabels"/>; bars when <paramref name="bars"/>.</summary>
    public static string Render(string title, IReadOnlyList<string> xLabels, IReadOnlyList<ChartSeries> series, string yLabel, bool bars = false)
    {
        foreach (var s in series)
            if (s.Values.Count != xLabels.Count) throw new ArgumentException($"series '{s.Name}' has {s.Values.Count} values for {xLabels.Count} labels");
        double min = 0, max = 0;
        foreach (var s in series) foreach (var v in s.Values) { min = Math.Min(min, v); max = Math.Max(max, v); }
        if (max == min) max = min + 1;
        double step = NiceStep((max - min) / 5);
        min = Math.Floor(min / step) * step;
        max = Math.Ceiling(max / step) * step;
        int plotW = Width - Left - Right, plotH = Height - Top - Bottom, n = Math.Max(1, xLabels.Count);
        double slot = (double)plotW / n;
        double Y(double v) => Top + plotH - (v - min) / (max - min) * plotH;
        double X(int i) => Left + slot * (i + 0.5);

        var svg = new StringBuilder();
        svg.Append(Inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.Append(Inv, $"<title>{Esc(title)}</title>\n<rect width=\"{Width}\" height=\"{Height}\" fill=\"#ffffff\"/>\n");
        svg.Append(Inv, $"<text x=\"{Width / 2}\" y=\"24\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\">{Esc(title)}</text>\n");
        for (double t = min; t <= max + step / 2; t += step)
        {
            double y = Y(t);
            svg.Append(Inv, $"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width - Right}\" y2=\"{y:0.#}\" stroke=\"{(Math.Abs(t) < step / 2 ? "#888" : "#e4e4e4")}\"/>\n");
            svg.Append(Inv, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{t.ToString("0.##", Inv)}</text>\n");
        }
        svg.Append(Inv, $"<text transform=\"translate(16 {Top + plotH / 2}) rotate(-90)\" text-anchor=\"middle\">{Esc(yLabel)}</text>\n");
        int every = Math.Max(1, (int)Math.Ceiling(n / 12.0));
        for (int i = 0; i < xLabels.Count; i += every)
            svg.Append(Inv, $"<text transform=\"translate({X(i):0.#} {Top + plotH + 14}) rotate(35)\" text-anchor=\"start\">{Esc(xLabels[i])}</text>\n");
        svg.Append(Inv, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Top + plotH}\" stroke=\"#444\"/>\n");

        double barW = slot * 0.8 / Math.Max(1, series.Count);
        for (int k = 0; k < series.Count; k++)
        {
            var s = series[k];
            if (bars)
            {
                for (int i = 0; i < s.Values.Count; i++)
                {
                    double v = s.Values[i], y0 = Y(Math.Max(0, Math.Min(v, max))), y1 = Y(Math.Max(min, Math.Min(0, v)));
                    double x = X(i) - slot * 0.4 + barW * k;
                    svg.Append(Inv, $"<rect x=\"{x:0.##}\" y=\"{y0:0.##}\" width=\"{barW:0.##}\" height=\"{Math.Max(0, y1 - y0):0.##}\" fill=\"{Esc(s.Color)}\"><title>{Esc(xLabels[i])}: {v.ToString("0.##", Inv)}</title></rect>\n");
                }
            }
            else
            {
                var pts = new StringBuilder();
                for (int i = 0; i < s.Values.Count; i++) pts.Append(Inv, $"{X(i):0.#},{Y(s.Values[i]):0.#} ");
                svg.Append(Inv, $"<polyline fill=\"none\" stroke=\"{Esc(s.Color)}\" stroke-width=\"2\" points=\"{pts.ToString().TrimEnd()}\"/>\n");
            }
            double lx = Left + 8 + k * 170, ly = Height - 14;
            svg.Append(Inv, $"<rect x=\"{lx:0.#}\" y=\"{ly - 10:0.#}\" width=\"12\" height=\"12\" fill=\"{Esc(s.Color)}\"/>\n");
            svg.Append(Inv, $"<text x=\"{lx + 18:0.#}\" y=\"{ly:0.#}\">{Esc(s.Name)}</text>\n");
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>The dyad's events by quad class (lines), or its Goldstein sum (bars).</summary>
    public static string Render(DyadSeries series, bool goldstein = false)
    {
        var labels = series.Points.Select(p => Periods.Label(p.PeriodStart, series.Granularity)).ToArray();
        if (goldstein)
            return Render($"{series.Title}: Goldstein sum", labels,
                [new ChartSeries("Goldstein sum", "#4c72b0", series.Points.Select(p => p.GoldsteinSum).ToArray())], "Goldstein sum", bars: true);
        string[] names = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
        string[] colors = ["#55a868", "#1b7837", "#dd8452", "#c44e52"];
        var lines = Enumerable.Range(1, 4).Select(q => new ChartSeries(names[q - 1], colors[q - 1], series.Points.Select(p => (double)p.Quad(q)).ToArray())).ToArray();
        return Render($"{series.Title}: events by quad class", labels, lines, "events");
    }

    private static double NiceStep(double raw)
    {
        if (raw <= 0) return 1;
        double mag = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double f = raw / mag;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
    }

    private static string Esc(string s) => SecurityElement.Escape(s) ?? "";
}
