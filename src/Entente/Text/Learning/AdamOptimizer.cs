namespace Entente.Text.Learning;

/// <summary>
/// Adam (Kingma and Ba 2015) over one flat parameter array, with the gradient's global norm clipped first so that
/// one long sentence cannot throw a recurrent layer off. Per-parameter step sizes matter here: the network mixes
/// embedding rows that a batch touches rarely with gate weights that every word updates.
/// </summary>
internal sealed class AdamOptimizer
{
    private readonly float[] _m, _v;
    private readonly float _rate, _clip;
    private int _step;
    private const float Beta1 = 0.9f, Beta2 = 0.999f, Epsilon = 1e-8f;

    /// <summary>Creates an optimizer for <paramref name="count"/> parameters.</summary>
    public AdamOptimizer(int count, float rate, float clip)
    {
        _m = new float[count];
        _v = new float[count];
        _rate = rate;
        _clip = clip;
    }

    /// <summary>Applies one step of <paramref name="gradient"/> to <paramref name="parameters"/> with the rate scaled by <paramref name="decay"/>.</summary>
    public void Step(Span<float> parameters, ReadOnlySpan<float> gradient, float decay = 1f)
    {
        _step++;
        double norm = 0;
        foreach (float g in gradient) norm += (double)g * g;
        norm = Math.Sqrt(norm);
        float scale = norm > _clip ? (float)(_clip / norm) : 1f;
        float c1 = 1f - MathF.Pow(Beta1, _step), c2 = 1f - MathF.Pow(Beta2, _step);
        float rate = _rate * decay * MathF.Sqrt(c2) / c1;
        for (int i = 0; i < parameters.Length; i++)
        {
            float g = gradient[i] * scale;
            _m[i] = Beta1 * _m[i] + (1 - Beta1) * g;
            _v[i] = Beta2 * _v[i] + (1 - Beta2) * g * g;
            parameters[i] -= rate * _m[i] / (MathF.Sqrt(_v[i]) + Epsilon);
        }
    }
}
