using Entente.Claims.Amounts;
using Entente.Claims.Quotes;
using Entente.Claims.Time;
using Entente.Model;

namespace Entente.Tests.Claims;

/// <summary>
/// Articles we wrote about one episode, with known dates, amounts and quotes, the same events in several of them,
/// a planted contradiction of figures (120 against "about 80" missiles) and one of dates (Tuesday against Monday).
/// Events and actors are placed by hand so the tests do not depend on the coder.
/// </summary>
public static class ClaimStory
{
    /// <summary>The documents, processed by the temporal, amount and quotation stages.</summary>
    public static List<Document> Documents()
    {
        var docs = new List<Document>();

        var a = ClaimDocs.Build("India and Vietnam signed a defence treaty in Hanoi on Tuesday. India will deliver 120 supersonic cruise missiles to Vietnam over three years. " +
            "Trade reached about $15bn last year.", "2025-03-04", "harbour-1", "Harbour Times");
        ClaimDocs.AddEvent(a, "signed", "057", "IND", "VNM");
        Deliver(a, "India will deliver 120 supersonic cruise missiles to Vietnam");
        ClaimDocs.AddActor(a, "Trade", "IND"); // a figure attached to India alone
        docs.Add(a);

        var b = ClaimDocs.Build("In total, India will deliver about 80 supersonic cruise missiles to Vietnam, two officials said. " +
            "\"The quantities are a matter between two sovereign governments,\" a ministry spokesman said.", "2025-03-05", "ledger-1", "Daily Ledger");
        Deliver(b, "India will deliver about 80 supersonic cruise missiles to Vietnam");
        docs.Add(b);

        var c = ClaimDocs.Build("According to a senior Indian diplomat, India will deliver 120 missiles to Vietnam under the deal.", "2025-03-06", "ledger-2", "Daily Ledger");
        Deliver(c, "India will deliver 120 missiles to Vietnam");
        docs.Add(c);

        var d = ClaimDocs.Build("India and Vietnam signed the treaty on Monday, officials said.", "2025-03-05", "post-1", "Meridian Post");
        ClaimDocs.AddEvent(d, "signed", "057", "IND", "VNM");
        docs.Add(d);

        var e = ClaimDocs.Build("India and Vietnam signed a defence treaty on Tuesday. Trade reached nearly $16bn last year.", "2025-03-05", "wire-1", "Continental Wire");
        ClaimDocs.AddEvent(e, "signed", "057", "IND", "VNM");
        ClaimDocs.AddActor(e, "Trade", "IND");
        docs.Add(e);

        foreach (var doc in docs)
        {
            new TemporalPipe().Process(doc);
            new AmountPipe().Process(doc);
            new QuotationPipe().Process(doc);
        }
        return docs;
    }

    private static void Deliver(Document doc, string clause)
    {
        var e = ClaimDocs.AddEvent(doc, "deliver", "074", "IND", "VNM", Modality.Future);
        doc.Events[^1] = e with { Span = ClaimDocs.Find(doc, clause) };
    }
}
