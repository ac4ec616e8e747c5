using Entente.Claims.Contradictions;
using Entente.Model;
using Microsoft.Data.Sqlite;
using static Entente.Store.Ingest.StoreCommands;

namespace Entente.Store.Ingest;

/// <summary>
/// Writes a document's temporal expressions, amounts and quotations, and flags its amounts that contradict stored
/// claims of other documents about the same quantity (<see cref="ClaimKey"/>, <see cref="AmountConflict"/>). Pairs are
/// stored with the smaller amount id first, so the set of contradictions does not depend on ingest order.
/// </summary>
internal sealed class ClaimWriter
{
    private readonly SqliteCommand _insertTime, _insertAmount, _insertQuote, _sameClaim, _insertContradiction;

    public ClaimWriter(StoreCommands commands)
    {
        _insertTime = commands.Prepare("""
            INSERT INTO time_expressions(doc_id, sentence, start, "end", text, date, date_precision, first, last, kind)
            VALUES ($doc, $s, $start, $end, $text, $date, $prec, $first, $last, $kind)
            """, "$doc", "$s", "$start", "$end", "$text", "$date", "$prec", "$first", "$last", "$kind");
        _insertAmount = commands.Prepare("""
            INSERT INTO amounts(id, doc_id, sentence, start, "end", text, value, low, high, approximation, kind, unit, counted, counted_text,
              actor1_code, actor1_name, actor2_code, actor2_name, event_id, event_root, predicate, attribution, claim_key, day)
            VALUES ($id, $doc, $s, $start, $end, $text, $value, $low, $high, $approx, $kind, $unit, $counted, $ctext,
              $a1c, $a1n, $a2c, $a2n, $event, $root, $pred, $attr, $key, $day)
            """, "$id", "$doc", "$s", "$start", "$end", "$text", "$value", "$low", "$high", "$approx", "$kind", "$unit", "$counted", "$ctext",
            "$a1c", "$a1n", "$a2c", "$a2n", "$event", "$root", "$pred", "$attr", "$key", "$day");
        _insertQuote = commands.Prepare("""
            INSERT INTO quotations(id, doc_id, sentence, start, "end", text, speaker_code, speaker_name, speaker_text, speaker_start, speaker_end, verb, partial, how)
            VALUES ($id, $doc, $s, $start, $end, $text, $sc, $sn, $st, $ss, $se, $verb, $partial, $how)
            """, "$id", "$doc", "$s", "$start", "$end", "$text", "$sc", "$sn", "$st", "$ss", "$se", "$verb", "$partial", "$how");
        _sameClaim = commands.Prepare("SELECT id, doc_id, text, low, high, day FROM amounts WHERE claim_key = $key AND doc_id <> $doc", "$key", "$doc");
        _insertContradiction = commands.Prepare("""
            INSERT OR IGNORE INTO contradictions(kind, subject, a_id, a_doc, a_value, b_id, b_doc, b_value)
            VALUES ('amount', $subject, $aid, $adoc, $aval, $bid, $bdoc, $bval)
            """, "$subject", "$aid", "$adoc", "$aval", "$bid", "$bdoc", "$bval");
    }

    /// <summary>Writes the document's claims and flags contradictions with other documents.</summary>
    public void Write(Document doc)
    {
        foreach (var t in doc.Times)
            Run(_insertTime, doc.Id, t.Sentence, t.Span.Start, t.Span.End, t.Text, t.Date.Date is null ? null : t.Date.ToIsoString(), t.Date.PrecisionName,
                t.First.ToString("yyyy-MM-dd"), t.Last.ToString("yyyy-MM-dd"), t.Kind.ToString().ToLowerInvariant());
        var eventDays = doc.Events.ToDictionary(e => e.Id, e => e.Date.First?.DayNumber);
        foreach (var a in doc.Amounts)
        {
            var key = ClaimKey.For(a);
            int? day = (a.Event is { } ev && eventDays.TryGetValue(ev, out var d) ? d : null) ?? doc.Meta.Published?.DayNumber;
            Run(_insertAmount, a.Id, doc.Id, a.Sentence, a.Span.Start, a.Span.End, a.Text, a.Value, a.Low, double.IsPositiveInfinity(a.High) ? null : a.High,
                a.Approximation, a.Kind.ToString().ToLowerInvariant(), a.Unit, a.Counted, a.CountedText,
                a.Actor1?.Code.Value, a.Actor1?.Name, a.Actor2?.Code.Value, a.Actor2?.Name, a.Event, a.EventRoot, a.Predicate, a.Attribution, key, day);
            if (key is not null) Contradict(doc.Id, a, key, day);
        }
        foreach (var q in doc.Quotations)
            Run(_insertQuote, q.Id, doc.Id, q.Sentence, q.Span.Start, q.Span.End, q.Text, q.Speaker?.Code.Value, q.Speaker?.Name, q.SpeakerText,
                q.SpeakerSpan?.Start, q.SpeakerSpan?.End, q.Verb, q.Partial ? 1 : 0, q.How);
    }

    private void Contradict(string docId, Amount a, string key, int? day)
    {
        var rivals = new List<(string Id, string Doc, string Text)>();
        _sameClaim.Parameters[0].Value = key;
        _sameClaim.Parameters[1].Value = docId;
        using (var r = _sameClaim.ExecuteReader())
            while (r.Read())
            {
                double low = r.GetDouble(3), high = r.IsDBNull(4) ? double.PositiveInfinity : r.GetDouble(4);
                bool near = day is null || r.IsDBNull(5) || Math.Abs(day.Value - r.GetInt32(5)) <= AmountConflict.WindowDays;
                if (near && AmountConflict.Disagree(a.Low, a.High, low, high)) rivals.Add((r.GetString(0), r.GetString(1), r.GetString(2)));
            }
        var subject = ClaimKey.Describe(key);
        foreach (var (id, doc, text) in rivals)
        {
            bool first = string.CompareOrdinal(a.Id, id) < 0;
            Run(_insertContradiction, subject, first ? a.Id : id, first ? docId : doc, first ? a.Text : text,
                first ? id : a.Id, first ? doc : docId, first ? text : a.Text);
        }
    }
}
