using System.Text.Json;

namespace Entente.Store.Queries;

/// <summary>
/// Writes event records as JSON objects with every field present (null when unknown), in the
/// documented order, so consumers can rely on the shape.
/// </summary>
public static class EventRecordJson
{
    /// <summary>Writes one record as a JSON object.</summary>
    public static void Write(Utf8JsonWriter w, EventRecord e)
    {
        w.WriteStartObject();
        w.WriteNumber("schema", EventRecord.Schema);
        w.WriteString("id", e.Id);
        w.WriteString("doc", e.Doc);
        w.WriteString("title", e.Title);
        w.WriteString("publication", e.Publication);
        w.WriteString("published", e.Published);
        w.WriteString("date", e.Date);
        w.WriteString("datePrecision", e.DatePrecision);
        w.WriteNumber("sentence", e.Sentence);
        w.WriteString("text", e.Text);
        w.WriteStartArray("span");
        w.WriteNumberValue(e.SpanStart);
        w.WriteNumberValue(e.SpanEnd);
        w.WriteEndArray();
        Actor(w, "actor1", e.Actor1);
        Actor(w, "actor2", e.Actor2);
        w.WriteString("cameo", e.Cameo);
        w.WriteString("root", e.Root);
        w.WriteNumber("quad", e.Quad);
        w.WriteNumber("goldstein", e.Goldstein);
        if (e.PloverType is null) w.WriteNull("plover");
        else
        {
            w.WriteStartObject("plover");
            w.WriteString("type", e.PloverType);
            w.WriteString("mode", e.PloverMode);
            w.WriteEndObject();
        }
        w.WriteString("modality", e.Modality);
        w.WriteNumber("confidence", e.Confidence);
        if (e.Cluster is long c) w.WriteNumber("cluster", c); else w.WriteNull("cluster");
        w.WriteNumber("mentions", e.Mentions);
        w.WriteStartObject("sources");
        w.WriteNumber("documents", e.SourceDocuments);
        w.WriteNumber("publications", e.SourcePublications);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Actor(Utf8JsonWriter w, string name, ActorRecord? a)
    {
        if (a is null) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        w.WriteString("code", a.Code);
        w.WriteString("name", a.Name);
        w.WriteString("country", a.Country);
        w.WriteString("text", a.Text);
        w.WriteEndObject();
    }

    /// <summary>One record as a single-line JSON string.</summary>
    public static string ToJson(EventRecord e)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            Write(w, e);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }
}
