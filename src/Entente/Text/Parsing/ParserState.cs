namespace Entente.Text.Parsing;

/// <summary>
/// An arc-eager configuration: stack, buffer front, the arcs built so far and, per word, the
/// child bookkeeping the feature templates need (outermost two children each side, valencies,
/// label sets). Position 0 is the artificial root, which sits at the stack bottom and may take a
/// single dependent. Reused across sentences.
/// </summary>
internal sealed class ParserState
{
    private int[] _stack = new int[64];

    /// <summary>Number of words (root excluded).</summary>
    public int Count { get; private set; }
    /// <summary>Stack height (the root counts).</summary>
    public int StackSize { get; private set; }
    /// <summary>Index of the first buffer word; past <see cref="Count"/> when the buffer is empty.</summary>
    public int Buffer { get; private set; }
    public int[] Head = new int[64];
    public int[] Label = new int[64];
    public int[] Left1 = new int[64], Left2 = new int[64], Right1 = new int[64], Right2 = new int[64];
    public int[] LeftValency = new int[64], RightValency = new int[64];
    public ulong[] LeftLabels = new ulong[64], RightLabels = new ulong[64];

    /// <summary>True once the buffer is empty.</summary>
    public bool IsTerminal => Buffer > Count;

    /// <summary>The i-th stack element from the top (0 = top), or -1.</summary>
    public int Stack(int i) => i < StackSize ? _stack[StackSize - 1 - i] : -1;

    /// <summary>The stack element at depth <paramref name="i"/> from the bottom.</summary>
    public int StackFromBottom(int i) => _stack[i];

    /// <summary>Buffer word <paramref name="i"/> positions after the front, or -1.</summary>
    public int BufferAt(int i) => Buffer + i <= Count ? Buffer + i : -1;

    /// <summary>Starts a sentence of <paramref name="count"/> words with the root on the stack.</summary>
    public void Reset(int count)
    {
        int n = count + 1;
        if (Head.Length < n) Grow(Math.Max(n, Head.Length * 2));
        Count = count;
        Array.Fill(Head, -1, 0, n);
        Array.Fill(Label, -1, 0, n);
        Array.Fill(Left1, -1, 0, n); Array.Fill(Left2, -1, 0, n);
        Array.Fill(Right1, -1, 0, n); Array.Fill(Right2, -1, 0, n);
        Array.Clear(LeftValency, 0, n); Array.Clear(RightValency, 0, n);
        Array.Clear(LeftLabels, 0, n); Array.Clear(RightLabels, 0, n);
        _stack[0] = 0;
        StackSize = 1;
        Buffer = 1;
    }

    /// <summary>Makes this configuration a copy of <paramref name="other"/> (beam search branches by copying).</summary>
    public void CopyFrom(ParserState other)
    {
        int n = other.Count + 1;
        if (Head.Length < n) Grow(Math.Max(n, Head.Length * 2));
        if (_stack.Length < other.StackSize) _stack = new int[other._stack.Length];
        Count = other.Count;
        StackSize = other.StackSize;
        Buffer = other.Buffer;
        Array.Copy(other._stack, _stack, other.StackSize);
        Array.Copy(other.Head, Head, n); Array.Copy(other.Label, Label, n);
        Array.Copy(other.Left1, Left1, n); Array.Copy(other.Left2, Left2, n);
        Array.Copy(other.Right1, Right1, n); Array.Copy(other.Right2, Right2, n);
        Array.Copy(other.LeftValency, LeftValency, n); Array.Copy(other.RightValency, RightValency, n);
        Array.Copy(other.LeftLabels, LeftLabels, n); Array.Copy(other.RightLabels, RightLabels, n);
    }

    /// <summary>True when <paramref name="t"/> may be applied now.</summary>
    public bool IsLegal(Transition t)
    {
        if (IsTerminal) return false;
        int s0 = _stack[StackSize - 1];
        return t switch
        {
            Transition.Shift => true,
            Transition.Reduce => s0 != 0 && Head[s0] >= 0,
            Transition.LeftArc => s0 != 0 && Head[s0] < 0,
            Transition.RightArc => s0 != 0 || RightValency[0] == 0,
            _ => false,
        };
    }

    /// <summary>Applies a legal transition; arcs get <paramref name="label"/>.</summary>
    public void Apply(Transition t, int label)
    {
        int s0 = _stack[StackSize - 1];
        switch (t)
        {
            case Transition.Shift:
                Push(Buffer++);
                break;
            case Transition.Reduce:
                StackSize--;
                break;
            case Transition.LeftArc:
                AddArc(Buffer, s0, label);
                StackSize--;
                break;
            case Transition.RightArc:
                AddArc(s0, Buffer, label);
                Push(Buffer++);
                break;
        }
    }

    /// <summary>Records the arc <paramref name="head"/> → <paramref name="dep"/>.</summary>
    public void AddArc(int head, int dep, int label)
    {
        Head[dep] = head;
        Label[dep] = label;
        ulong bit = 1UL << (label & 63);
        if (dep < head)
        {
            LeftValency[head]++;
            LeftLabels[head] |= bit;
            if (Left1[head] < 0 || dep < Left1[head]) { Left2[head] = Left1[head]; Left1[head] = dep; }
            else if (Left2[head] < 0 || dep < Left2[head]) Left2[head] = dep;
        }
        else
        {
            RightValency[head]++;
            RightLabels[head] |= bit;
            if (Right1[head] < 0 || dep > Right1[head]) { Right2[head] = Right1[head]; Right1[head] = dep; }
            else if (Right2[head] < 0 || dep > Right2[head]) Right2[head] = dep;
        }
    }

    private void Push(int i)
    {
        if (StackSize == _stack.Length) Array.Resize(ref _stack, _stack.Length * 2);
        _stack[StackSize++] = i;
    }

    private void Grow(int n)
    {
        Head = new int[n]; Label = new int[n];
        Left1 = new int[n]; Left2 = new int[n]; Right1 = new int[n]; Right2 = new int[n];
        LeftValency = new int[n]; RightValency = new int[n];
        LeftLabels = new ulong[n]; RightLabels = new ulong[n];
        if (_stack.Length < n) _stack = new int[n];
    }
}
