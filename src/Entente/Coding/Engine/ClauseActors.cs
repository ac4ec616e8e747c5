namespace Entente.Coding.Engine;

/// <summary>
/// Finds the actor mentions that fill a predicate's roles in one sentence: the subject (shared by
/// conjoined verbs, inherited by controlled infinitives), the passive agent, the object or prepositional
/// argument, and the members of coordinated actors ("Russia and China").
/// </summary>
internal sealed class ClauseActors
{
    private readonly DependencyTree _tree;
    private readonly int[] _mentionAt;
    private readonly IReadOnlyList<CodingActor> _actors;

    internal ClauseActors(DependencyTree tree, int[] mentionAt, IReadOnlyList<CodingActor> actors)
    {
        _tree = tree;
        _mentionAt = mentionAt;
        _actors = actors;
    }

    private static readonly IReadOnlySet<string> ToMarker = new HashSet<string>(StringComparer.Ordinal) { "TO" };
    private static readonly IReadOnlySet<string> AskedMarkers = new HashSet<string>(StringComparer.Ordinal) { "ON", "UPON", "TO" };

    /// <summary>True when the verb is passive (a passive subject or passive auxiliary).</summary>
    internal bool IsPassive(int verb) => _tree.Child(verb, "nsubj:pass") >= 0 || _tree.Child(verb, "aux:pass") >= 0;

    /// <summary>Who does it: the subject of an active verb, the agent of a passive one.</summary>
    internal List<int> Source(int verb)
    {
        if (IsPassive(verb)) return Agent(verb);
        var subject = Subject(verb, 0);
        if (subject.Count == 0 && _tree.Relation(verb) is "root" or "parataxis") subject = ActorJustBefore(verb);
        return subject;
    }

    // News leads the parser gets wrong ("Russia on Friday vetoed ...", parsed with Russia as the root): an actor
    // before the verb with nothing between them but prepositional and time words is its subject.
    private List<int> ActorJustBefore(int verb)
    {
        for (int t = verb - 1; t >= 0; t--)
        {
            if (_mentionAt[t] >= 0) return Group(HeadOfMention(_mentionAt[t]));
            var upos = _tree[t].Upos;
            if (upos is not ("ADP" or "PROPN" or "NOUN" or "NUM" or "ADV" or "DET" or "ADJ")) return [];
        }
        return [];
    }

    private int HeadOfMention(int mention)
    {
        var a = _actors[mention];
        for (int t = a.FirstToken; t < a.EndToken && t < _tree.Count; t++)
        {
            int h = _tree.Head(t);
            if (h < a.FirstToken || h >= a.EndToken) return t;
        }
        return a.FirstToken;
    }

    /// <summary>To whom: the object (or passive subject), else an indirect object or prepositional argument.</summary>
    internal List<int> Target(int verb, List<int> exclude)
    {
        List<int> result;
        if (IsPassive(verb))
        {
            int s = _tree.Child(verb, "nsubj:pass");
            result = s >= 0 ? Group(s) : InheritedSubject(verb, 0);
        }
        else result = Object(verb, 0);
        result.RemoveAll(exclude.Contains);
        return result;
    }

    private List<int> Subject(int verb, int depth)
    {
        if (depth > 6) return [];
        int s = _tree.Child(verb, "nsubj");
        if (s >= 0) return Group(s);
        return InheritedSubject(verb, depth);
    }

    private List<int> InheritedSubject(int verb, int depth)
    {
        int h = _tree.Head(verb);
        if (h < 0 || depth > 6) return [];
        // "accused Ukraine of shelling", "praised India for strengthening": the object above does it
        if ((_tree.Is(verb, "advcl") || _tree.Is(verb, "acl")) && _tree.HasChildLemma(verb, "mark", CodingWords.ObjectControlMarkers)
            && _tree.Child(h, "obj") is var controller && controller >= 0 && Group(controller) is { Count: > 0 } doers) return doers;
        // A news lead read as a reduced relative ("Indian police arrested two nationals" parsed as "police [who
        // were] arrested"): when the noun heads the sentence or is its subject, a participle with a direct object,
        // or one whose noun is the subject of a bare "to" infinitive ("troops crossed into Iraq to pursue ..."), is
        // the sentence's verb, and the noun its subject.
        if (_tree.Is(verb, "acl") && _tree.Relation(verb) == "acl" && _tree.IsNoun(h) && (_tree.Head(h) < 0 || _tree.Is(h, "nsubj"))
            && (_tree.Child(verb, "obj") >= 0 || IsSubjectOfBareInfinitive(h))) return Group(h);
        // "called on Israel to allow ...": an infinitive the parser hangs as a purpose clause of a verb of asking
        bool askedTo = _tree.Is(verb, "advcl") && _tree.HasChildLemma(verb, "mark", ToMarker) && CodingWords.HypotheticalGovernors.Contains(_tree.UpperLemma[h]);
        if (_tree.Is(verb, "xcomp") || askedTo)
        {
            // object control ("urged Bree to help", "called on Israel to allow") before subject control ("agreed to help")
            int o = _tree.Child(h, "obj");
            if (o >= 0) { var g = Group(o); if (g.Count > 0) return g; }
            foreach (var c in _tree.Children(h))
                if (_tree.Is(c, "obl") && c < verb && HasCase(c, AskedMarkers)) { var g = Group(c); if (g.Count > 0) return g; }
            return Subject(h, depth + 1);
        }
        if (_tree.Is(verb, "conj") || _tree.Is(verb, "advcl")) return IsPassive(h) ? Agent(h) : Subject(h, depth + 1);
        return [];
    }

    private bool IsSubjectOfBareInfinitive(int noun)
    {
        if (!_tree.Is(noun, "nsubj")) return false;
        int v = _tree.Head(noun);
        return v >= 0 && _tree[v].Xpos == "VB" && _tree.HasChildLemma(v, "mark", ToMarker) && _tree.Child(v, "aux") < 0;
    }

    private List<int> Agent(int verb)
    {
        foreach (var c in _tree.Children(verb))
            if (_tree.Is(c, "obl") && (_tree.Relation(c) == "obl:agent" || HasCase(c, CodingWords.AgentMarkers)))
                return Group(c);
        return [];
    }

    private List<int> Object(int verb, int depth)
    {
        foreach (var rel in (ReadOnlySpan<string>)["obj", "iobj"])
        {
            int o = _tree.Child(verb, rel);
            if (o < 0) continue;
            var g = Group(o);
            if (g.Count > 0) return g;
            // "talks with China": the actor sits in a modifier of the object
            var inner = Deepest(o);
            if (inner.Count > 0) return inner;
        }
        bool passive = IsPassive(verb);
        foreach (var c in _tree.Children(verb))
        {
            if (!_tree.Is(c, "obl") || _tree.Relation(c) is "obl:agent" or "obl:tmod" || (passive && HasCase(c, CodingWords.AgentMarkers))) continue;
            var g = Group(c);
            if (g.Count > 0) return g;
        }
        if (depth < 3)
            foreach (var c in _tree.Children(verb))
                if (_tree.Is(c, "xcomp") || (_tree.Is(c, "advcl") && _tree.HasChildLemma(c, "mark", ToMarker)))
                { var g = Object(c, depth + 1); if (g.Count > 0) return g; }
        // "Arnor believes Dagolath can cope": with no object, the subject of the complement clause (not for
        // verbs of saying: what they report is its own event)
        if (!CodingWords.Reporting.Contains(_tree.UpperLemma[verb]))
        foreach (var c in _tree.Children(verb))
            if (_tree.Is(c, "ccomp") && !CodingWords.Reporting.Contains(_tree.UpperLemma[c]))
            {
                int s = _tree.Child(c, "nsubj");
                if (s >= 0) { var g = Group(s); if (g.Count > 0) return g; }
            }
        return [];
    }

    /// <summary>Actors in a nominal's modifiers with one of the case markers ("visit to Moscow").</summary>
    internal List<int> Modifier(int noun, IReadOnlySet<string> markers, List<int> exclude)
    {
        foreach (var c in _tree.Children(noun))
        {
            if (!(_tree.Is(c, "nmod") || _tree.Is(c, "obl")) || _tree.Relation(c) == "nmod:poss" || !HasCase(c, markers)) continue;
            var g = Group(c);
            g.RemoveAll(exclude.Contains);
            if (g.Count > 0) return g;
        }
        return [];
    }

    /// <summary>The possessor or a compound/adjectival actor of a nominal ("Modi's visit", "US sanctions", "Russian strikes").</summary>
    internal List<int> Possessor(int noun)
    {
        foreach (var c in _tree.Children(noun))
            if (_tree.Relation(c) == "nmod:poss" || (c < noun && (_tree.Is(c, "compound") || _tree.Is(c, "amod")) && _mentionAt[c] >= 0))
            {
                var g = Group(c);
                if (g.Count > 0) return g;
            }
        return [];
    }

    private bool HasCase(int node, IReadOnlySet<string> markers)
    {
        foreach (var c in _tree.Children(node))
            if (_tree.Is(c, "case") && markers.Contains(_tree.UpperLemma[c])) return true;
        return false;
    }

    /// <summary>The coordination headed at <paramref name="node"/>: one actor mention per conjunct.</summary>
    internal List<int> Group(int node)
    {
        var result = new List<int>(2);
        AddConjuncts(node, result, 0);
        return result;
    }

    private void AddConjuncts(int node, List<int> into, int depth)
    {
        int m = MentionIn(node, out int at);
        if (m >= 0 && !into.Contains(m)) into.Add(m);
        if (depth > 8) return;
        foreach (var c in _tree.Children(node))
            if (_tree.Is(c, "conj") || (_tree.Is(c, "appos") && m < 0)) AddConjuncts(c, into, depth + 1);
        // "the ambassadors of Arnor, Osgiliath and Gondor": the conjuncts of an actor found below the node
        if (m >= 0 && at != node)
            foreach (var c in _tree.Children(at))
                if (_tree.Is(c, "conj")) AddConjuncts(c, into, depth + 1);
    }

    /// <summary>The mention covering the node, else the one nearest below it (not crossing coordination or clauses).</summary>
    private int MentionIn(int node, out int at)
    {
        at = node;
        if (_mentionAt[node] >= 0) return _mentionAt[node];
        int best = -1, bestDepth = int.MaxValue;
        Search(node, 0, ref best, ref bestDepth, ref at);
        return best;
    }

    private void Search(int node, int depth, ref int best, ref int bestDepth, ref int at)
    {
        if (depth > 4) return;
        foreach (var c in _tree.Children(node))
        {
            if (_tree.Is(c, "conj") || _tree.Is(c, "acl") || _tree.Is(c, "cc") || _tree.Is(c, "punct")
                || _tree.Is(c, "ccomp") || _tree.Is(c, "advcl") || _tree.Is(c, "parataxis")) continue;
            // "the President of Russia": a prepositional modifier counts, after closer words
            int d = depth + (_tree.Is(c, "nmod") && _tree.Relation(c) != "nmod:poss" ? 1 : 0);
            if (_mentionAt[c] >= 0) { if (d < bestDepth) { best = _mentionAt[c]; bestDepth = d; at = c; } continue; }
            Search(c, d + 1, ref best, ref bestDepth, ref at);
        }
    }

    /// <summary>Actors anywhere below a node, nearest first, for objects that are event nouns ("ties with Gondor").</summary>
    private List<int> Deepest(int node)
    {
        foreach (var c in _tree.Children(node))
            if (_tree.Is(c, "nmod") && !(_tree.Relation(c) == "nmod:poss"))
            {
                var g = Group(c);
                if (g.Count > 0) return g;
            }
        return [];
    }

    /// <summary>The actor of a mention index.</summary>
    internal CodingActor this[int mention] => _actors[mention];
}
