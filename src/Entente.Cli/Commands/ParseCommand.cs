using System.CommandLine;
using Entente.Model;
using Entente.Pipeline;
using Entente.Text;

namespace Entente.Cli.Commands;

/// <summary><c>entente parse "TEXT"</c>: runs the text pipes on a text and prints tokens, tags, lemmas, heads, relations and entities.</summary>
public static class ParseCommand
{
    /// <summary>The pipes run; the dependency parser adds its pipe between tagging and entities.</summary>
    private static IPipe[] Pipes() =>
    [
        .. TextPipeline.Segmentation(),
        .. TextPipeline.Tagging(),
        new Text.Parsing.ParserPipe(),
        .. TextPipeline.Entities(),
    ];

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("parse", "Analyse a text: sentences, tokens, POS, lemmas, dependencies (when a parser is present) and entities.");
        var text = new Argument<string>("text") { Description = "The text to analyse (use - to read standard input)" };
        var format = new Option<string>("--format") { Description = "conllu or tree", DefaultValueFactory = _ => "conllu" };
        format.AcceptOnlyFromAmong("conllu", "tree");
        cmd.Add(text); cmd.Add(format);
        cmd.SetAction(r =>
        {
            var input = r.GetValue(text)!;
            if (input == "-") input = Console.In.ReadToEnd();
            var doc = new Document(new DocumentMetadata { Id = "input" }, input.Replace("\r\n", "\n"));
            new DocumentPipeline(Pipes()).Process(doc);
            var o = r.InvocationConfiguration.Output;
            foreach (var s in doc.Sentences)
            {
                if (r.GetValue(format) == "tree") WriteTree(o, s); else WriteConllu(o, s);
            }
            return 0;
        });
        return cmd;
    }

    private static void WriteConllu(TextWriter o, Sentence s)
    {
        o.WriteLine($"# sent_id = {s.Index + 1}");
        o.WriteLine($"# text = {s.Text.Replace('\n', ' ')}");
        foreach (var e in s.Entities) o.WriteLine($"# entity = {e.Type} {e.FirstToken + 1}-{e.FirstToken + e.TokenCount} {e.Text}");
        for (int i = 0; i < s.Tokens.Length; i++)
        {
            var t = s.Tokens[i];
            if (t.InMultiword && (i == 0 || !s.Tokens[i - 1].SameSurface(t)))
            {
                // A multiword token's range line ("1-2  Russia's"), as in CoNLL-U.
                int last = i;
                while (last + 1 < s.Tokens.Length && s.Tokens[last + 1].SameSurface(t)) last++;
                var surface = s.Text.Substring(t.Surface.Start - s.Span.Start, t.Surface.Length);
                o.WriteLine($"{i + 1}-{last + 1}\t{surface}\t_\t_\t_\t_\t_\t_\t_\tOffset={t.Surface.Start}:{t.Surface.End}");
            }
            string head = t.Relation is null ? "_" : (t.Head + 1).ToString();
            var misc = new List<string>();
            if (t.EntityTag is { } tag && tag != "O") misc.Add("Entity=" + tag);
            misc.Add($"Offset={t.Start}:{t.End}");
            o.WriteLine($"{i + 1}\t{t.Text}\t{t.Lemma ?? "_"}\t{t.Upos ?? "_"}\t{t.Xpos ?? "_"}\t_\t{head}\t{t.Relation ?? "_"}\t_\t{string.Join('|', misc)}");
        }
        o.WriteLine();
    }

    private static void WriteTree(TextWriter o, Sentence s)
    {
        o.WriteLine(s.Text.Replace('\n', ' '));
        bool parsed = s.Tokens.Any(t => t.Relation is not null);
        if (!parsed)
        {
            foreach (var t in s.Tokens) o.WriteLine($"  {t.Text,-16} {t.Upos,-6} {t.Xpos,-5} {t.Lemma,-14} {t.EntityTag}");
        }
        else
        {
            for (int i = 0; i < s.Tokens.Length; i++) if (s.Tokens[i].Head < 0) Node(o, s, i, 1);
        }
        foreach (var e in s.Entities) o.WriteLine($"  [{e.Type}] {e.Text}");
        o.WriteLine();
    }

    private static void Node(TextWriter o, Sentence s, int i, int depth)
    {
        var t = s.Tokens[i];
        o.WriteLine($"{new string(' ', depth * 2)}{t.Relation ?? "root"}: {t.Text} ({t.Upos}, {t.Lemma}){(t.EntityTag is { } e && e != "O" ? " " + e : "")}");
        if (depth > 64) return;
        for (int k = 0; k < s.Tokens.Length; k++) if (s.Tokens[k].Head == i && k != i) Node(o, s, k, depth + 1);
    }
}
