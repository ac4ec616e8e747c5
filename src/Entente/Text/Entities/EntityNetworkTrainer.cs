using System.Numerics.Tensors;
using Entente.Text.Evaluation;
using Entente.Text.Learning;

namespace Entente.Text.Entities;

/// <summary>
/// Trains <see cref="EntityNetwork"/>: cross-entropy of each word's gold BILOU label, dropout on the inputs and
/// on the hidden states, Adam over mini-batches of sentences. Each batch is split between two workers with their
/// own gradient buffers and random streams seeded by batch, so the result does not depend on thread timing.
/// </summary>
public static class EntityNetworkTrainer
{
    private const int Batch = 16, Workers = 2;

    /// <summary>Options of a training run.</summary>
    /// <param name="Hidden">Hidden width of each direction.</param>
    /// <param name="Epochs">Passes over the data.</param>
    /// <param name="Rate">Adam's step size.</param>
    /// <param name="Dropout">Share of inputs and hidden states dropped in training.</param>
    /// <param name="Seed">Seed of the initial weights, the order and the dropout.</param>
    /// <param name="WordDropout">Share of training words whose vector is withheld (read as unknown), so that the network learns to label names from context and spelling.</param>
    /// <param name="Averaging">Decay of the running average of the weights that is kept as the result (0: the last weights).</param>
    public sealed record Options(int Hidden = 32, int Epochs = 10, float Rate = 0.002f, float Dropout = 0.3f, int Seed = 1,
        float WordDropout = 0f, float Averaging = 0.999f);

    /// <summary>
    /// Trains a network on <paramref name="sentences"/>, looking words up in <paramref name="vectors"/> and names in
    /// <paramref name="lexicon"/>; logs the network's own dev F1 after each pass when <paramref name="dev"/> is given.
    /// </summary>
    public static EntityNetwork Train(IReadOnlyList<EntitySentence> sentences, EntityLabels labels, WordEmbeddings vectors,
        WordListGazetteer lexicon, WordListCase wordList, Options options, IReadOnlyList<EntitySentence>? dev = null, Action<string>? log = null)
    {
        var net = new EntityNetwork(vectors, lexicon.Types(), options.Hidden, labels.Count, null, 1f);
        var rng = new Random(options.Seed);
        Initialise(net, rng);
        var gold = sentences.Select(s => labels.FromIob2(s.Tags)).ToArray();
        var hits = sentences.Select(s => Match(lexicon, s.Words)).ToArray();
        int longest = sentences.Select(s => s.Words.Length).DefaultIfEmpty(1).Max();
        var work = Enumerable.Range(0, Workers).Select(_ => new Workspace(net, longest)).ToArray();
        var adam = new AdamOptimizer(net.ParameterCount, options.Rate, 5f);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var average = options.Averaging > 0 ? new float[net.ParameterCount] : null;
        int steps = 0;
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            double loss = 0;
            for (int start = 0, batch = 0; start < order.Length; start += Batch, batch++)
            {
                int end = Math.Min(order.Length, start + Batch), b = batch;
                Parallel.For(0, Workers, k =>
                {
                    var ws = work[k];
                    ws.Gradient.AsSpan().Clear();
                    ws.Loss = 0;
                    var r = new Random(BatchSeed(options.Seed, epoch, b, k));
                    for (int i = start + k; i < end; i += Workers)
                    {
                        int si = order[i];
                        ws.Loss += Step(net, ws, sentences[si].Words, hits[si], wordList, gold[si], options, r);
                    }
                });
                for (int k = 1; k < Workers; k++) TensorPrimitives.Add(work[0].Gradient, work[k].Gradient, work[0].Gradient);
                TensorPrimitives.Multiply(work[0].Gradient, 1f / (end - start), work[0].Gradient);
                adam.Step(net.Parameters, work[0].Gradient, 1f / (1 + 0.05f * epoch));
                if (average is not null) Blend(average, net.Parameters, options.Averaging);
                steps++;
                foreach (var ws in work) loss += ws.Loss;
            }
            string score = dev is null ? "" : $", dev F1 {Evaluate(Current(), labels, dev, lexicon, wordList):F2}";
            log?.Invoke($"network pass {epoch + 1}/{options.Epochs}: loss {loss / sentences.Sum(s => s.Words.Length):F4}{score}");
        }
        return Current();

        // A fresh network: one scores through weights laid out when it is made, and these have moved since.
        EntityNetwork Current() =>
            new(vectors, net.LexiconTypes, options.Hidden, labels.Count, Averaged(average, steps, options.Averaging) ?? net.Parameters, 1f);
    }

    /// <summary>
    /// average ← decay · average + (1 − decay) · current. A running average of the weights is steadier than the weights
    /// of the last step: the network's own dev F1 moves by a point from one pass to the next.
    /// </summary>
    private static void Blend(float[] average, float[] current, float decay)
    {
        TensorPrimitives.Multiply(average, decay, average);
        TensorPrimitives.MultiplyAdd(current, 1f - decay, average, average);
    }

    /// <summary>The running average corrected for starting at zero (as Adam corrects its moments), or null without one.</summary>
    private static float[]? Averaged(float[]? average, int steps, float decay)
    {
        if (average is null) return null;
        var result = new float[average.Length];
        TensorPrimitives.Multiply(average, (float)(1 / (1 - Math.Pow(decay, Math.Max(steps, 1)))), result);
        return result;
    }

    /// <summary>
    /// The dropout stream of one worker in one batch. Not <see cref="HashCode.Combine{T1,T2}"/>: that is seeded afresh in
    /// every process, so the same command would train a different network each time it runs.
    /// </summary>
    private static int BatchSeed(int seed, int epoch, int batch, int worker) =>
        (int)(FeatureHash.Of(seed, epoch, batch * Workers + worker) & int.MaxValue);

    private static GazetteerHit[] Match(WordListGazetteer lexicon, string[] words)
    {
        var h = new GazetteerHit[words.Length];
        lexicon.Match(words, h);
        return h;
    }

    private static void Initialise(EntityNetwork net, Random rng)
    {
        var p = net.Parameters.AsSpan();
        for (int i = 0; i < net.ForwardOffset; i++) p[i] = (float)(rng.NextDouble() * 2 - 1) * 0.1f;
        net.Forward.Initialise(p.Slice(net.ForwardOffset, net.Forward.Parameters), rng);
        net.Backward.Initialise(p.Slice(net.BackwardOffset, net.Backward.Parameters), rng);
        int width = 2 * net.Hidden;
        float a = MathF.Sqrt(6f / (width + net.Labels));
        for (int i = net.OutputOffset; i < net.OutputOffset + net.Labels * width; i++) p[i] = (float)(rng.NextDouble() * 2 - 1) * a;
    }

    /// <summary>Buffers of one worker.</summary>
    private sealed class Workspace(EntityNetwork net, int longest)
    {
        public readonly float[] Gradient = new float[net.ParameterCount];
        public readonly float[] X = new float[longest * net.Input], Dx = new float[longest * net.Input], MaskX = new float[longest * net.Input];
        public readonly float[] Hf = new float[longest * net.Hidden], Hb = new float[longest * net.Hidden];
        public readonly float[] Dhf = new float[longest * net.Hidden], Dhb = new float[longest * net.Hidden];
        public readonly float[] MaskH = new float[longest * 2 * net.Hidden];
        public readonly float[] StateF = new float[longest * net.Forward.StateWidth], StateB = new float[longest * net.Backward.StateWidth];
        public readonly float[] Scratch = new float[6 * net.Hidden + net.Forward.Row];
        public readonly int[] Rows = new int[longest * 2];
        public double Loss;
    }

    /// <summary>Adds one sentence's loss gradient to the worker's buffer and returns its loss.</summary>
    private static double Step(EntityNetwork net, Workspace ws, string[] words, GazetteerHit[] hits, WordListCase wordList,
        int[] gold, Options options, Random rng)
    {
        int n = words.Length, hd = net.Hidden, input = net.Input, l = net.Labels;
        if (n == 0) return 0;
        float dropout = options.Dropout;
        var x = ws.X.AsSpan(0, n * input);
        net.BuildInput(words, hits, wordList, x, ws.Rows);
        if (options.WordDropout > 0)
            for (int t = 0; t < n; t++)
                if (rng.NextSingle() < options.WordDropout) net.Withhold(x.Slice(t * input, input));
        Mask(ws.MaskX.AsSpan(0, n * input), dropout, rng);
        TensorPrimitives.Multiply(x, ws.MaskX.AsSpan(0, n * input), x);
        var p = net.Parameters.AsSpan();
        var g = ws.Gradient.AsSpan();
        net.Forward.Forward(p.Slice(net.ForwardOffset, net.Forward.Parameters), x, n, false, ws.Hf, ws.StateF);
        net.Backward.Forward(p.Slice(net.BackwardOffset, net.Backward.Parameters), x, n, true, ws.Hb, ws.StateB);
        var maskH = ws.MaskH.AsSpan(0, n * 2 * hd);
        Mask(maskH, dropout, rng);
        Span<float> cat = stackalloc float[2 * hd], dcat = stackalloc float[2 * hd], scores = stackalloc float[l];
        int width = 2 * hd;
        var wo = p.Slice(net.OutputOffset, l * width);
        var gwo = g.Slice(net.OutputOffset, l * width);
        var gbo = g.Slice(net.OutputOffset + l * width, l);
        double loss = 0;
        for (int t = 0; t < n; t++)
        {
            var m = maskH.Slice(t * width, width);
            TensorPrimitives.Multiply(ws.Hf.AsSpan(t * hd, hd), m[..hd], cat[..hd]);
            TensorPrimitives.Multiply(ws.Hb.AsSpan(t * hd, hd), m[hd..], cat[hd..]);
            net.Output(cat, scores);
            EntityNetwork.LogSoftmax(scores);
            loss -= scores[gold[t]];
            dcat.Clear();
            for (int y = 0; y < l; y++)
            {
                float d = MathF.Exp(scores[y]) - (y == gold[t] ? 1f : 0f);
                var gw = gwo.Slice(y * width, width);
                TensorPrimitives.MultiplyAdd(cat, d, gw, gw);
                gbo[y] += d;
                TensorPrimitives.MultiplyAdd(wo.Slice(y * width, width), d, dcat, dcat);
            }
            TensorPrimitives.Multiply(dcat, m, dcat);
            dcat[..hd].CopyTo(ws.Dhf.AsSpan(t * hd, hd));
            dcat[hd..].CopyTo(ws.Dhb.AsSpan(t * hd, hd));
        }
        var dx = ws.Dx.AsSpan(0, n * input);
        dx.Clear();
        net.Forward.Backward(p.Slice(net.ForwardOffset, net.Forward.Parameters), ws.StateF, ws.Dhf, n, false,
            g.Slice(net.ForwardOffset, net.Forward.Parameters), dx, ws.Scratch);
        net.Backward.Backward(p.Slice(net.BackwardOffset, net.Backward.Parameters), ws.StateB, ws.Dhb, n, true,
            g.Slice(net.BackwardOffset, net.Backward.Parameters), dx, ws.Scratch);
        TensorPrimitives.Multiply(dx, ws.MaskX.AsSpan(0, n * input), dx);
        // The learned embeddings sit right after the word vector in each input row.
        int d0 = net.Vectors.Dimensions;
        for (int t = 0; t < n; t++)
        {
            var row = dx.Slice(t * input, input);
            var gs = g.Slice(ws.Rows[2 * t], EntityNetwork.SuffixWidth);
            TensorPrimitives.Add(gs, row.Slice(d0, EntityNetwork.SuffixWidth), gs);
            var gh = g.Slice(ws.Rows[2 * t + 1], EntityNetwork.ShapeWidth);
            TensorPrimitives.Add(gh, row.Slice(d0 + EntityNetwork.SuffixWidth, EntityNetwork.ShapeWidth), gh);
        }
        return loss;
    }

    /// <summary>Inverted dropout: each entry 0 with probability <paramref name="rate"/>, else 1 / (1 - rate).</summary>
    private static void Mask(Span<float> mask, float rate, Random rng)
    {
        float keep = 1f / (1f - rate);
        for (int i = 0; i < mask.Length; i++) mask[i] = rng.NextSingle() < rate ? 0f : keep;
    }

    /// <summary>Entity F1 of the network alone (Viterbi over its log-probabilities, valid transitions only).</summary>
    internal static double Evaluate(EntityNetwork net, EntityLabels labels, IReadOnlyList<EntitySentence> data, WordListGazetteer lexicon,
        WordListCase wordList)
    {
        var transitions = EntityRecognizer.Transitions(labels, (_, row) => row.Clear());
        var total = default(F1Score);
        int l = labels.Count;
        foreach (var s in data)
        {
            int n = s.Words.Length;
            if (n == 0) continue;
            var logp = new float[n * l];
            net.Score(s.Words, Match(lexicon, s.Words), wordList, logp);
            var output = new int[n];
            EntityDecoder.Decode(labels, logp, transitions, n, output, new float[n * l], new int[n * l]);
            var predicted = EntitySpans.FromIob2(output.Select(labels.ToIob2).ToArray());
            var expected = EntitySpans.FromIob2(s.Tags).Where(e => labels.Types.Contains(e.Type)).ToList();
            total += new F1Score(predicted.Count(expected.Contains), predicted.Count, expected.Count);
        }
        return total.F1;
    }
}
