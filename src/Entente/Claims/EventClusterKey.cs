using Entente.Model;

namespace Entente.Claims;

/// <summary>
/// The key under which mentions of one real-world event are grouped across documents: the same
/// ordered pair of actors, the same CAMEO code and the same day (or coarser date). A first, exact
/// form of cross-document matching; fuzzy windows and compatible codes build on it.
/// </summary>
public static class EventClusterKey
{
    /// <summary>The key of a mention; the document's publication date stands in for an unknown event date.</summary>
    public static string For(EventMention e, DateOnly? published)
    {
        var date = e.Date.Date is not null ? e.Date.ToIsoString() : published?.ToString("yyyy-MM-dd") ?? "?";
        return $"{date}|{e.Actor1?.Code.Value ?? "-"}|{e.Actor2?.Code.Value ?? "-"}|{e.Cameo.Value}";
    }
}
