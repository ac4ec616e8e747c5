using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Entente.Coding.Dictionaries;
using Entente.Coding.Engine;
using Entente.Coding.Validation;
using Entente.Model;
using Entente.Pipeline;
using Entente.Text.Corpora;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente bench code</c>: event-coding throughput over parsed sentences (CoNLL-U), with the given verb and
/// actor dictionaries loaded (e.g. PETRARCH's CAMEO.2.0.txt and the Phoenix actor files): sentences/s over
/// actor matching plus coding, dictionary load time and peak memory. Parsing is not included: it is measured
/// by the text stages' own benchmarks.
/// </summary>
public static class BenchCodeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("code", "Benchmark event coding (actor matching + verb patterns) over parsed sentences: sentences/s and peak memory.");
        var conllu = new Option<string[]>("--conllu") { Description = "Parsed sentences (CoNLL-U), repeatable; cycled to --sentences.", Required = true, AllowMultipleArgumentsPerToken = false };
        var sentences = new Option<int>("--sentences") { Description = "Sentences to code.", DefaultValueFactory = _ => 20_000 };
        var verbs = new Option<string[]>("--verbs") { Description = "Verb dictionary (repeatable; default: our own).", AllowMultipleArgumentsPerToken = false };
        var actors = new Option<string[]>("--actors") { Description = "Actor dictionary, TABARI/PETRARCH format (repeatable).", AllowMultipleArgumentsPerToken = false };
        var agents = new Option<string[]>("--agents") { Description = "Agent dictionary (repeatable).", AllowMultipleArgumentsPerToken = false };
        var workers = new Option<int?>("--workers") { Description = "Threads (default: all cores)." };
        var raw = new Option<bool>("--raw") { Description = "Start from the raw sentence texts (# text): our tokenizer, tagger, lemmatiser and parser are timed too." };
        cmd.Add(conllu); cmd.Add(sentences); cmd.Add(verbs); cmd.Add(actors); cmd.Add(agents); cmd.Add(workers); cmd.Add(raw);
        cmd.SetAction(r =>
        {
            var output = r.InvocationConfiguration.Output;
            var load = Stopwatch.StartNew();
            var verbFiles = r.GetValue(verbs) ?? [];
            var dicts = verbFiles.Length == 0 ? [VerbDictionaryLoader.LoadDefault()] : verbFiles.Select(VerbDictionaryLoader.Load).ToList();
            var matcher = new ValidationActors(stems: false);
            foreach (var f in r.GetValue(actors) ?? []) matcher.ReadActors(Path.GetFileName(f), File.ReadAllText(f, System.Text.Encoding.Latin1));
            foreach (var f in r.GetValue(agents) ?? []) matcher.ReadAgents(Path.GetFileName(f), File.ReadAllText(f, System.Text.Encoding.Latin1));
            var coder = new EventCoder(dicts);
            load.Stop();
            output.WriteLine($"loaded {dicts.Sum(d => d.PatternCount):N0} patterns in {dicts.Sum(d => d.Blocks.Count):N0} verb blocks and the actor dictionaries in {load.Elapsed.TotalMilliseconds:N0} ms ({matcher.Issues.Count} actor lines skipped)");

            var corpus = r.GetValue(conllu)!.SelectMany(ConlluReader.ReadFile).ToList();
            var parsed = corpus.Select(ToTokens).Where(t => t.Length > 0).ToList();
            int n = r.GetValue(sentences);
            if (parsed.Count == 0) throw new UsageException("no sentences in the CoNLL-U input");
            if (r.GetValue(raw)) return RunRaw(output, corpus.Select(c => c.Text ?? c.ReconstructText()).ToList(), n, matcher, coder, r.GetValue(workers), load.Elapsed);
            var date = new DateOnly(2015, 1, 1);
            long events = 0, tokens = 0;
            var options = new ParallelOptions { MaxDegreeOfParallelism = r.GetValue(workers) ?? Environment.ProcessorCount };
            var clock = Stopwatch.StartNew();
            Parallel.For(0, n, options, () => (0L, 0L), (i, _, acc) =>
            {
                var t = parsed[i % parsed.Count];
                var found = matcher.Resolve(t, date, out bool discard);
                var result = discard ? CodingResult.Empty : coder.Code(t, found);
                return (acc.Item1 + result.Events.Count, acc.Item2 + t.Length);
            }, acc => { Interlocked.Add(ref events, acc.Item1); Interlocked.Add(ref tokens, acc.Item2); });
            clock.Stop();
            using var self = Process.GetCurrentProcess();
            self.Refresh();
            double rate = n / clock.Elapsed.TotalSeconds;
            double peakMb = self.PeakWorkingSet64 / 1048576.0;
            output.WriteLine($"coded {n:N0} sentences ({parsed.Count:N0} distinct, {tokens:N0} tokens) into {events:N0} events in {clock.Elapsed.TotalSeconds:N2} s");
            output.WriteLine($"{rate:N0} sentences/s, peak memory {peakMb:N0} MB, {options.MaxDegreeOfParallelism} threads on {Environment.ProcessorCount} cores");
            output.WriteLine(JsonSerializer.Serialize(new { bench = "code", sentences = n, events, seconds = clock.Elapsed.TotalSeconds, sentences_per_second = rate, peak_mb = peakMb, load_ms = load.Elapsed.TotalMilliseconds }));
            return ExitCodes.Ok;
        });
        return cmd;
    }

    // Raw text to coded events: documents of 20 sentences through our text stages, then actors and coding.
    private static int RunRaw(TextWriter output, List<string> texts, int n, ValidationActors matcher, EventCoder coder, int? workers, TimeSpan load)
    {
        // exactly the stages coded events need: the coder reads tokens, tags, lemmas and the parse; the suite's
        // actor matcher reads the words (entities, treaties and claims are other products and are not timed)
        var stages = new DocumentPipeline([.. Text.TextPipeline.Segmentation(), .. Text.TextPipeline.Tagging(), new Text.Parsing.ParserPipe()]);
        const int perDoc = 20;
        int docs = (n + perDoc - 1) / perDoc;
        var date = new DateOnly(2015, 1, 1);
        long events = 0, sentencesSeen = 0, tokens = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = workers ?? Environment.ProcessorCount };
        var clock = Stopwatch.StartNew();
        Parallel.For(0, docs, options, d =>
        {
            var text = string.Join(" ", Enumerable.Range(d * perDoc, Math.Min(perDoc, n - d * perDoc)).Select(i => texts[i % texts.Count]));
            var doc = new Document(new DocumentMetadata { Id = $"d{d}" }, text);
            stages.Process(doc);
            long ev = 0, tok = 0;
            foreach (var s in doc.Sentences)
            {
                var found = matcher.Resolve(s.Tokens, date, out bool discard);
                if (!discard) ev += coder.Code(s.Tokens, found).Events.Count;
                tok += s.Tokens.Length;
            }
            Interlocked.Add(ref events, ev);
            Interlocked.Add(ref tokens, tok);
            Interlocked.Add(ref sentencesSeen, doc.Sentences.Count);
        });
        clock.Stop();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        double rate = sentencesSeen / clock.Elapsed.TotalSeconds;
        double peakMb = self.PeakWorkingSet64 / 1048576.0;
        output.WriteLine($"raw text: {n:N0} input sentences ({sentencesSeen:N0} after our splitter, {tokens:N0} tokens) into {events:N0} events in {clock.Elapsed.TotalSeconds:N2} s");
        output.WriteLine($"{rate:N0} sentences/s (segmentation, tagging, lemmas, parsing, actors, coding), peak memory {peakMb:N0} MB, {options.MaxDegreeOfParallelism} threads on {Environment.ProcessorCount} cores");
        output.WriteLine(JsonSerializer.Serialize(new { bench = "code-raw", sentences = sentencesSeen, events, seconds = clock.Elapsed.TotalSeconds, sentences_per_second = rate, peak_mb = peakMb, load_ms = load.TotalMilliseconds }));
        return ExitCodes.Ok;
    }

    private static Token[] ToTokens(ConlluSentence s)
    {
        var words = s.Words;
        var tokens = new Token[words.Count];
        int offset = 0;
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            tokens[i] = new Token(w.Form, offset, offset + w.Form.Length)
            {
                Lemma = w.Lemma == "_" ? null : w.Lemma, Upos = w.Upos == "_" ? null : w.Upos, Xpos = w.Xpos == "_" ? null : w.Xpos,
                Head = w.Head - 1, Relation = w.Relation == "_" ? null : w.Relation,
            };
            offset += w.Form.Length + 1;
        }
        return tokens;
    }
}
