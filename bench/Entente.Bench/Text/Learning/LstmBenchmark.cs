using BenchmarkDotNet.Attributes;
using Entente.Text;
using Entente.Text.Learning;

namespace Entente.Bench.Text.Learning;

/// <summary>
/// Both directions of the shipped entity network's LSTM over one 20-word sentence: the training layout
/// (<see cref="Lstm.Forward"/>, a dot product per gate and step) against the scoring layout
/// (<see cref="BiLstmInference.Run"/>); and the input projection alone, row by row (<see cref="BiLstmInference.AddProduct"/>)
/// against four rows at a time (<see cref="BiLstmInference.AddProducts"/>). The weights are the shipped network's; the
/// inputs are random, with the flag part mostly zero as in real input rows.
/// </summary>
public class LstmBenchmark
{
    private const int Words = 20;
    private Lstm _layer;
    private float[] _forward = [], _backward = [], _x = [], _h = [], _state = [], _scratch = [], _columns = [], _blocks = [], _pre = [];
    private BiLstmInference _inference = null!;

    [GlobalSetup]
    public void Setup()
    {
        var net = TextModels.Entities.Network ?? throw new InvalidOperationException("the shipped ner.bin has no network");
        _layer = net.Forward;
        _forward = net.Parameters.AsSpan(net.ForwardOffset, _layer.Parameters).ToArray();
        _backward = net.Parameters.AsSpan(net.BackwardOffset, _layer.Parameters).ToArray();
        var rng = new Random(1);
        int dense = net.Vectors.Dimensions + 24;
        _x = Enumerable.Range(0, Words * _layer.Input)
            .Select(i => i % _layer.Input < dense || rng.Next(8) == 0 ? (float)(rng.NextDouble() - 0.5) : 0f).ToArray();
        _h = new float[2 * Words * _layer.Hidden];
        _state = new float[Words * _layer.StateWidth];
        _inference = new BiLstmInference(_layer, _forward, _backward);
        _scratch = new float[_inference.ScratchSize(Words)];
        _columns = Enumerable.Range(0, _layer.Input * 8 * _layer.Hidden).Select(_ => (float)(rng.NextDouble() - 0.5)).ToArray();
        _blocks = BiLstmInference.BlockColumns(_columns, _layer.Input, 8 * _layer.Hidden);
        _pre = new float[Words * 8 * _layer.Hidden];
    }

    [Benchmark(Baseline = true)]
    public void TrainingLayout()
    {
        _layer.Forward(_forward, _x, Words, false, _h.AsSpan(0, Words * _layer.Hidden), _state);
        _layer.Forward(_backward, _x, Words, true, _h.AsSpan(Words * _layer.Hidden), _state);
    }

    [Benchmark]
    public void ScoringLayout() => _inference.Run(_x, Words, _h.AsSpan(0, Words * _layer.Hidden), _h.AsSpan(Words * _layer.Hidden), _scratch);

    [Benchmark]
    public void ProjectionRowByRow()
    {
        int width = 8 * _layer.Hidden, input = _layer.Input;
        for (int t = 0; t < Words; t++) BiLstmInference.AddProduct(_x.AsSpan(t * input, input), _columns, width, _pre.AsSpan(t * width, width));
    }

    [Benchmark]
    public void ProjectionFourRows() => BiLstmInference.AddProducts(_x, Words, _layer.Input, _blocks, 8 * _layer.Hidden, _pre);

    [Benchmark]
    public void ScoringLayoutFourSentencesOneByOne()
    {
        int n = Words / 4, hd = _layer.Hidden;
        for (int k = 0; k < 4; k++)
            _inference.Run(_x.AsSpan(k * n * _layer.Input, n * _layer.Input), n, _h.AsSpan(k * n * hd, n * hd),
                _h.AsSpan(Words * hd + k * n * hd, n * hd), _scratch);
    }

    [Benchmark]
    public void ScoringLayoutFourSentencesTogether() =>
        _inference.RunMany(_x, [Words / 4, Words / 4, Words / 4, Words / 4], _h.AsSpan(0, Words * _layer.Hidden), _h.AsSpan(Words * _layer.Hidden), _scratch);
}
