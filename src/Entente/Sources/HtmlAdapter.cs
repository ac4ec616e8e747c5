using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Entente.Model;

namespace Entente.Sources;

/// <summary>
/// Reads <c>.html</c>/<c>.htm</c> articles with AngleSharp: the title, the main text without
/// navigation, scripts, styles, forms or comments, and the publication date and name from meta tags
/// (Open Graph, Dublin Core, schema.org JSON-LD, <c>&lt;time datetime&gt;</c>).
/// </summary>
public sealed partial class HtmlAdapter : ISourceAdapter
{
    private static readonly string[] Dropped =
        ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "template", "select", "figure", "menu"];

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "tr",
        "table", "blockquote", "pre", "dd", "dt", "dl", "hr", "address", "td", "th",
    };

    [GeneratedRegex(@"(nav|menu|footer|share|social|related|comment|advert|promo|cookie|newsletter|breadcrumb|sidebar|subscribe)", RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplateClass();

    [GeneratedRegex("\"datePublished\"\\s*:\\s*\"([^\"]+)\"")]
    private static partial Regex JsonLdDate();

    [GeneratedRegex("\"publisher\"\\s*:\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"")]
    private static partial Regex JsonLdPublisher();

    /// <inheritdoc/>
    public bool Handles(string extension) => extension is ".html" or ".htm" or ".xhtml";

    /// <inheritdoc/>
    public IEnumerable<SourceItem> Read(string path, string id, string text, SourceOptions options)
    {
        var parser = new HtmlParser();
        int errors = 0, firstErrorLine = 0;
        parser.Error += (_, e) =>
        {
            if (e is AngleSharp.Html.Dom.Events.HtmlErrorEvent he && errors++ == 0) firstErrorLine = he.Position.Line;
        };
        var doc = parser.ParseDocument(text);
        var title = Meta(doc, "og:title") ?? doc.Title?.Trim() ?? doc.QuerySelector("h1")?.TextContent.Trim();
        if (string.IsNullOrWhiteSpace(title)) title = null;
        var published = PublishedDate(doc, text);
        var publication = Meta(doc, "og:site_name") ?? Meta(doc, "application-name") ?? Meta(doc, "publisher")
                          ?? MatchOrNull(JsonLdPublisher(), text);

        var root = MainElement(doc);
        var body = root is null ? "" : ExtractText(root, title);
        var warnings = new List<string>();
        if (errors > 0) warnings.Add($"malformed HTML: {errors} parse error(s), first at line {firstErrorLine}");
        if (!body.Any(char.IsLetterOrDigit))
        {
            string why = errors > 0 ? $"broken HTML: no article text found ({errors} parse error(s), first at line {firstErrorLine})" : "no article text found in HTML";
            yield return SourceItem.Failed(path, why);
            yield break;
        }
        var meta = new DocumentMetadata
        {
            Id = id, Title = title, Publication = options.Source ?? publication, Published = options.Date ?? published,
            Url = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(doc, "og:url"), SourcePath = path,
        };
        yield return SourceItem.Ok(new Entente.Model.Document(meta, body), path, warnings);
    }

    private static DateOnly? PublishedDate(IDocument doc, string raw)
    {
        string[] keys = ["article:published_time", "og:published_time", "date", "pubdate", "publishdate", "publish-date",
                         "datePublished", "DC.date.issued", "dc.date", "dcterms.date", "sailthru.date", "parsely-pub-date"];
        foreach (var k in keys)
            if (HeaderDateParser.Parse(Meta(doc, k)) is { } d) return d;
        if (HeaderDateParser.Parse(MatchOrNull(JsonLdDate(), raw)) is { } j) return j;
        if (HeaderDateParser.Parse(doc.QuerySelector("time[datetime]")?.GetAttribute("datetime")) is { } t) return t;
        return null;
    }

    private static string? Meta(IDocument doc, string key)
    {
        foreach (var m in doc.QuerySelectorAll("meta"))
        {
            var name = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            if (name is not null && name.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                var v = m.GetAttribute("content")?.Trim();
                if (!string.IsNullOrEmpty(v)) return v;
            }
        }
        return null;
    }

    private static string? MatchOrNull(Regex re, string text)
    {
        var m = re.Match(text);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static IElement? MainElement(IDocument doc)
    {
        foreach (var e in doc.QuerySelectorAll(string.Join(',', Dropped)).ToList()) e.Remove();
        foreach (var e in doc.QuerySelectorAll("[class],[id],[role]").ToList())
        {
            var marker = $"{e.GetAttribute("class")} {e.GetAttribute("id")} {e.GetAttribute("role")}";
            if (e.LocalName is not ("body" or "html" or "article" or "main") && BoilerplateClass().IsMatch(marker)) e.Remove();
        }
        var article = doc.QuerySelectorAll("article").OrderByDescending(a => a.TextContent.Length).FirstOrDefault();
        return article ?? doc.QuerySelector("main") ?? doc.QuerySelector("[role=main]") ?? doc.Body;
    }

    private static string ExtractText(IElement root, string? title)
    {
        var sb = new StringBuilder();
        Walk(root, sb);
        var paragraphs = sb.ToString().Split('\n')
            .Select(p => Regex.Replace(p, @"\s+", " ").Trim())
            .Where(p => p.Length > 0)
            .ToList();
        // The headline often repeats as the first heading of the article body.
        if (title is not null && paragraphs.Count > 0 && paragraphs[0].Equals(title, StringComparison.OrdinalIgnoreCase))
            paragraphs.RemoveAt(0);
        return string.Join("\n\n", paragraphs);
    }

    private static void Walk(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child.NodeType)
            {
                case NodeType.Text:
                    sb.Append(child.TextContent);
                    break;
                case NodeType.Element:
                    bool block = Blocks.Contains(((IElement)child).LocalName);
                    if (block) sb.Append('\n');
                    Walk(child, sb);
                    if (block) sb.Append('\n');
                    break;
            }
        }
    }
}
