using System.CommandLine;
using System.Text.Json;
using Entente.Text;
using Entente.Text.Corpora;
using Entente.Text.Learning;

namespace Entente.Cli.Commands;

/// <summary><c>entente train clusters</c>: word classes from unlabelled text, for the recognizer's cluster features.</summary>
public static class TrainClustersCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("clusters", "Cluster words by the words that follow them in unlabelled text (exchange algorithm), or by their vectors (k-means); writes 'word<TAB>class' lines.");
        var text = new Option<string[]>("--text") { Description = "Text files: .conllu (word forms), .json (an array of sentences), or plain text (a sentence or paragraph a line; 'word/tag' tokens lose their tags); directories are read whole", AllowMultipleArgumentsPerToken = true };
        var vectors = new Option<string>("--vectors") { Description = "Instead of text: word vectors in GloVe or word2vec text format ('word v1 ... vd' lines), clustered by cosine k-means; the first --vocabulary words are used" };
        var seed = TextCliOptions.Seed();
        var components = new Option<int>("--remove-components") { Description = "With --vectors: leading principal directions projected out of the centred vectors before clustering (they mostly encode word frequency)", DefaultValueFactory = _ => 0 };
        var classes = new Option<int>("--classes") { Description = "Number of classes", DefaultValueFactory = _ => 256 };
        var vocabulary = new Option<int>("--vocabulary") { Description = "How many of the most frequent words are clustered", DefaultValueFactory = _ => 50000 };
        var iters = TextCliOptions.Iterations(15); var outp = TextCliOptions.Out();
        var backward = new Option<bool>("--backward") { Description = "Cluster words by the words before them instead of after" };
        cmd.Add(text); cmd.Add(vectors); cmd.Add(components); cmd.Add(seed); cmd.Add(classes); cmd.Add(vocabulary); cmd.Add(iters); cmd.Add(backward); cmd.Add(outp);
        cmd.SetAction(r =>
        {
            var o = r.InvocationConfiguration.Output;
            if (r.GetValue(vectors) is { } vectorFile)
            {
                if (r.GetValue(text) is { Length: > 0 }) throw new UsageException("give --text or --vectors, not both");
                var v = WordVectors.ReadText(TextCliOptions.Existing(vectorFile, "--vectors"), r.GetValue(vocabulary), r.GetValue(components));
                o.WriteLine($"{v.Count} words of {v.Dimensions} dimensions read from {vectorFile}");
                var assigned = VectorClustering.Run(v, r.GetValue(classes), r.GetValue(iters), r.GetValue(seed), o.WriteLine);
                using (var w = new StreamWriter(r.GetValue(outp)!))
                    new WordClusters(v.Words.Select((word, i) => KeyValuePair.Create(word, assigned[i]))).WriteText(w);
                o.WriteLine($"{v.Count} words in {r.GetValue(classes)} classes written to {r.GetValue(outp)}");
                return ExitCodes.Ok;
            }
            if (r.GetValue(text) is not { Length: > 0 }) throw new UsageException("give --text or --vectors");
            var files = new List<string>();
            foreach (var p in r.GetValue(text)!)
            {
                if (Directory.Exists(p)) files.AddRange(Directory.GetFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
                else files.Add(TextCliOptions.Existing(p, "--text"));
            }
            var sentences = new List<IReadOnlyList<string>>();
            int failed = 0;
            foreach (var file in files)
            {
                // A file that cannot be read is reported and left out; the others are still clustered.
                try { sentences.AddRange(Sentences(file)); }
                catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
                {
                    r.InvocationConfiguration.Error.WriteLine(e is CorpusFormatException ? e.Message : $"{file}: {e.Message}");
                    failed++;
                }
            }
            var map = ExchangeClustering.Run(sentences, r.GetValue(classes), r.GetValue(vocabulary), r.GetValue(iters), r.GetValue(backward), o.WriteLine);
            using (var w = new StreamWriter(r.GetValue(outp)!)) new WordClusters(map).WriteText(w);
            o.WriteLine($"{map.Count} words in {r.GetValue(classes)} classes written to {r.GetValue(outp)}");
            return failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return cmd;
    }

    /// <summary>The sentences of one file as words, read whole so that a bad file fails before any of it is used.</summary>
    /// <exception cref="FormatException">Not CoNLL-U, or not a JSON array of strings (the message names the file).</exception>
    private static List<IReadOnlyList<string>> Sentences(string path)
    {
        var result = new List<IReadOnlyList<string>>();
        if (path.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var s in ConlluReader.ReadFile(path)) result.Add(s.Words.Select(w => w.Form).ToArray());
            return result;
        }
        IEnumerable<string> lines;
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            try { lines = JsonSerializer.Deserialize<string[]>(File.ReadAllText(path)) ?? []; }
            catch (JsonException e) { throw new FormatException($"{path}: not a JSON array of strings ({e.Message})", e); }
        }
        else lines = File.ReadLines(path);
        var tokens = new List<Entente.Model.Token>();
        foreach (var line in lines)
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) continue;
            if (parts.All(p => p.LastIndexOf('/') > 0))
            {
                result.Add(parts.Select(p => p[..p.LastIndexOf('/')]).ToArray());
                continue;
            }
            tokens.Clear();
            TextModels.Tokenizer.Tokenize(line, new Entente.Model.CharSpan(0, line.Length), tokens);
            if (tokens.Count > 0) result.Add(tokens.Select(t => t.Text).ToArray());
        }
        return result;
    }
}
