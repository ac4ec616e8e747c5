using Entente.Model;

namespace Entente.Coding.Engine;

public sealed partial class EventCoder
{
    // One predicate, one statement: words a pattern used are not coded again, carriers of reported speech
    // and verbs whose complement is coded give way to what they carry.
    private static void Suppress(SentenceState s, List<Candidate> candidates)
    {
        var tree = s.Tree;
        var used = new HashSet<int>();
        foreach (var c in candidates) if (!c.IsNominal) foreach (var t in c.Used) used.Add(t);
        foreach (var c in candidates)
            if (c.IsNominal && used.Contains(c.Trigger)) c.Dropped = true;
        foreach (var x in candidates)
        {
            if (x.Dropped || x.IsNominal || !(tree.Is(x.Trigger, "xcomp") || tree.Is(x.Trigger, "ccomp"))) continue;
            int h = tree.Head(x.Trigger);
            var v = candidates.Find(c => c.Trigger == h && !c.Dropped);
            if (v is null) continue;
            if (v.Used.Any(t => tree.IsInSubtree(t, x.Trigger))) x.Dropped = true;           // "threatened to impose sanctions"
            else if (v.IsDefault && tree.Is(x.Trigger, "xcomp")) v.Dropped = true;          // "vowed to attack": code the attack
        }
        // "Modi's visit ended": the actors of an event noun in subject position are that event's, not the verb's
        foreach (var c in candidates)
        {
            if (c.IsNominal || c.Dropped) continue;
            int subject = tree.Child(c.Trigger, "nsubj");
            if (subject >= 0 && candidates.Any(n => n.IsNominal && !n.Dropped && n.Trigger == subject)) c.Sources = [];
        }
        foreach (var r in candidates)
        {
            if (r.Dropped || r.IsNominal || !r.IsDefault || !CodingWords.Reporting.Contains(tree.UpperLemma[r.Trigger])) continue;
            if (candidates.Any(c => c != r && !c.Dropped && s.Modality.Reporter(c.Trigger) == r.Trigger)) r.Dropped = true;
            // "welcomed the treaty, saying it would ...": the participle explains the coded act, it is no statement of its own
            else if (tree.Is(r.Trigger, "advcl") && candidates.Any(c => c != r && !c.Dropped && !c.IsNominal && c.Trigger == tree.Head(r.Trigger))) r.Dropped = true;
        }
    }

    // A state and its government are one agent: "China opposes ..., a Chinese spokesman said" is no CHN→CHNGOV event.
    private static bool SameAgent(string a, string b) =>
        a == b || (a.Length == b.Length + 3 && a.EndsWith("GOV", StringComparison.Ordinal) && a.StartsWith(b, StringComparison.Ordinal))
               || (b.Length == a.Length + 3 && b.EndsWith("GOV", StringComparison.Ordinal) && b.StartsWith(a, StringComparison.Ordinal));

    // Consultation, agreement and cooperation (roots 03-06) are mutual when several actors do them together.
    // Not the directed ones among them: visits and hosting (042, 043), mediation (045), praise, verbal defence,
    // rallying, recognition, apology and forgiveness (051-056): "The Philippines and Japan welcomed the treaty" is
    // no exchange between them.
    private static bool IsMutual(string? code) => code is { Length: >= 2 } && code[0] == '0' && code[1] is >= '3' and <= '6'
        && !(code.Length >= 3 && ((code[1] == '4' && code[2] is '2' or '3' or '5') || (code[1] == '5' && code[2] is >= '1' and <= '6')));

    private List<CodedEvent> Emit(SentenceState s, List<Candidate> candidates)
    {
        var events = new List<CodedEvent>();
        // one statement per predicate: the same triple from another predicate is another event ("China, which
        // claims the sea, did not comment": two statements)
        var seen = new HashSet<(string?, string?, string, int)>();
        foreach (var c in candidates)
        {
            if (c.Dropped) continue;
            var (modality, reporter) = s.Modality.Detect(c.Trigger);
            ActorRef? speaker = null;
            if (reporter >= 0 && s.Roles.Source(reporter) is { Count: > 0 } who) speaker = s.Actors[who[0]].Actor;
            double confidence = c.IsNominal ? 0.7 : c.IsDefault ? 0.8 : 0.95;
            var pairs = new List<(int Src, int Tgt, string Code)>();
            if (c.Sources.Count == 0 && s.DefaultSource >= 0) c.Sources = [s.DefaultSource];
            if (c.Targets.Count == 0 && s.DefaultTarget >= 0 && !c.Sources.Contains(s.DefaultTarget)) c.Targets = [s.DefaultTarget];
            var compound = c.Compound;
            // "Russia and China held talks": a mutual act between coordinated sources with no other target
            // (also when the only targets found are the sources themselves: "India and Vietnam signed ... each other's aid")
            if (compound.Count < 2 && c.Sources.Count > 1 && IsMutual(c.Code.Forward)
                && c.Targets.All(t => c.Sources.Any(x => s.Actors[x].Actor.Code == s.Actors[t].Actor.Code))) compound = c.Sources;
            if (compound.Count > 1)
            {
                foreach (var a in compound)
                    foreach (var b in compound)
                        if (a != b && c.Code.Forward is { } f) pairs.Add((a, b, f));
            }
            else
            {
                if (c.Sources.Count == 0 && Options.RequireSource) continue;
                if (c.Targets.Count == 0)
                {
                    if (Options.RequireTarget) continue;
                    if (c.Code.Forward is { } f) foreach (var a in c.Sources) pairs.Add((a, -1, f));
                }
                foreach (var a in c.Sources)
                    foreach (var b in c.Targets)
                    {
                        if (c.Code.Forward is { } f) pairs.Add((a, b, f));
                        if (c.Code.Reverse is { } r) pairs.Add((b, a, r));
                    }
            }
            foreach (var (src, tgt, code) in pairs)
            {
                var source = src >= 0 ? s.Actors[src].Actor : null;
                var target = tgt >= 0 ? s.Actors[tgt].Actor : null;
                if (Options.DropSelfEvents && source is not null && target is not null && SameAgent(source.Code.Value, target.Code.Value)) continue;
                if (!seen.Add((source?.Code.Value, target?.Code.Value, code, c.Trigger))) continue;
                int first = c.Trigger, last = c.Trigger;
                foreach (var t in c.Used) { first = Math.Min(first, t); last = Math.Max(last, t); }
                foreach (var m in (ReadOnlySpan<int>)[src, tgt])
                    if (m >= 0 && s.Actors[m].FirstToken >= 0) { first = Math.Min(first, s.Actors[m].FirstToken); last = Math.Max(last, s.Actors[m].EndToken - 1); }
                events.Add(new CodedEvent(source, target, code, modality, speaker, c.Trigger, first, last, c.Pattern, confidence));
            }
        }
        return events;
    }
}
