using Entente.Model;

namespace Entente.Coding.Engine;

/// <summary>
/// Decides how a sentence states a predicate: negated ("did not sign"), reported ("X said Y would ..."),
/// hypothetical ("could", "if", "threatened to"), future ("will", "plans to") or asserted. Negation wins,
/// then reported speech, then hypothetical, then future.
/// </summary>
internal sealed class ModalityDetector
{
    private readonly DependencyTree _tree;

    internal ModalityDetector(DependencyTree tree) => _tree = tree;

    private static readonly IReadOnlySet<string> ToMarkers = new HashSet<string>(StringComparer.Ordinal) { "TO" };

    /// <summary>The modality and, for reported speech, the reporting verb (-1 when none).</summary>
    internal (Modality Modality, int Reporter) Detect(int predicate)
    {
        bool negated = false, hypothetical = false, future = false;
        int x = predicate;
        for (int guard = 0; x >= 0 && guard < 8; guard++)
        {
            negated |= _tree.HasChildLemma(x, "advmod", CodingWords.Negators) || _tree.HasChildLemma(x, "det", CodingWords.Negators)
                       || _tree.HasChildLemma(x, "neg", CodingWords.Negators) || _tree.HasChildLemma(x, "aux", CodingWords.Negators);
            hypothetical |= _tree.HasChildLemma(x, "aux", CodingWords.HypotheticalModals) || _tree.HasChildLemma(x, "mark", CodingWords.Conditionals);
            future |= _tree.HasChildLemma(x, "aux", CodingWords.FutureModals);
            int h = _tree.Head(x);
            if (h < 0) break;
            if (_tree.Is(x, "xcomp"))
            {
                var lemma = _tree.UpperLemma[h];
                hypothetical |= CodingWords.HypotheticalGovernors.Contains(lemma);
                future |= CodingWords.FutureGovernors.Contains(lemma);
            }
            else if (_tree.Is(x, "advcl") && _tree.HasChildLemma(x, "mark", ToMarkers) && CodingWords.HypotheticalGovernors.Contains(_tree.UpperLemma[h]))
            {
                // "called on Israel to allow ...", parsed as a purpose clause: still only asked for
                hypothetical = true;
                break;
            }
            else if (_tree.Is(x, "advcl"))
            {
                // a conditional clause makes the predicate itself hypothetical, not its host
                break;
            }
            else if (!_tree.Is(x, "conj")) break;
            x = h;
        }
        int reporter = Reporter(predicate);
        var modality = negated ? Modality.Negated
            : reporter >= 0 ? Modality.Reported
            : hypothetical ? Modality.Hypothetical
            : future ? Modality.Future
            : Modality.Asserted;
        return (modality, reporter);
    }

    /// <summary>The verb of saying whose complement clause holds the predicate, or -1.</summary>
    private bool CommaBetween(int a, int b)
    {
        for (int t = a + 1; t < b; t++) if (_tree[t].Text == ",") return true;
        return false;
    }

    internal int Reporter(int predicate)
    {
        // "..., officials said.": the verb of saying hangs from the reported clause
        // (also when the parser hangs it after a comma as a complement or a conjunct without "and": "X agreed to ...,
        // the minister said")
        foreach (var c in _tree.Children(predicate))
            if ((_tree.Is(c, "parataxis") || ((_tree.Is(c, "ccomp") || (_tree.Is(c, "conj") && _tree.Child(c, "cc") < 0)) && c > predicate && CommaBetween(predicate, c)))
                && CodingWords.Reporting.Contains(_tree.UpperLemma[c])) return c;
        int x = predicate;
        for (int guard = 0; guard < 12; guard++)
        {
            int h = _tree.Head(x);
            if (h < 0) return -1;
            if ((_tree.Is(x, "ccomp") || _tree.Is(x, "parataxis")) && CodingWords.Reporting.Contains(_tree.UpperLemma[h])) return h;
            // "accused Ukraine of shelling": an allegation, reported by the accuser
            if ((_tree.Is(x, "advcl") || _tree.Is(x, "acl")) && CodingWords.Accusing.Contains(_tree.UpperLemma[h])
                && _tree.HasChildLemma(x, "mark", CodingWords.ObjectControlMarkers)) return h;
            x = h;
        }
        return -1;
    }
}
