using System.Globalization;
using System.Xml;

namespace Entente.Analysis.Export;

/// <summary>
/// Writes the alignment graph as GEXF 1.3 for Gephi: node attributes bloc and centralities, edges
/// weighted by the absolute weight with sign, signed weight, score and events as attributes.
/// </summary>
public static class GexfWriter
{
    private const string Ns = "http://gexf.net/1.3";

    /// <summary>Writes <paramref name="partition"/>'s graph with <paramref name="centrality"/> to <paramref name="output"/>.</summary>
    public static void Write(BlocPartition partition, IReadOnlyList<NodeCentrality> centrality, TextWriter output)
    {
        var g = partition.Graph;
        using var x = XmlWriter.Create(output, new XmlWriterSettings { Indent = true });
        x.WriteStartDocument();
        x.WriteStartElement("gexf", Ns);
        x.WriteAttributeString("version", "1.3");
        x.WriteStartElement("meta", Ns);
        x.WriteElementString("creator", Ns, "Entente");
        x.WriteElementString("description", Ns, "Signed, time-decayed alignment graph of actors");
        x.WriteEndElement();
        x.WriteStartElement("graph", Ns);
        x.WriteAttributeString("defaultedgetype", "undirected");
        Attributes(x, "node", ("0", "bloc", "integer"), ("1", "strength", "double"), ("2", "participation", "double"), ("3", "betweenness", "double"));
        Attributes(x, "edge", ("0", "sign", "integer"), ("1", "signed_weight", "double"), ("2", "score", "double"), ("3", "events", "double"));
        x.WriteStartElement("nodes", Ns);
        for (int i = 0; i < g.Count; i++)
        {
            x.WriteStartElement("node", Ns);
            x.WriteAttributeString("id", g.Nodes[i]);
            x.WriteAttributeString("label", g.Nodes[i]);
            Values(x, partition.Labels[i], centrality[i].Strength, centrality[i].Participation, centrality[i].Betweenness);
            x.WriteEndElement();
        }
        x.WriteEndElement();
        x.WriteStartElement("edges", Ns);
        int id = 0;
        foreach (var (i, j) in GraphMlWriter.Edges(g))
        {
            double w = g.Weight(i, j);
            x.WriteStartElement("edge", Ns);
            x.WriteAttributeString("id", (id++).ToString(CultureInfo.InvariantCulture));
            x.WriteAttributeString("source", g.Nodes[i]);
            x.WriteAttributeString("target", g.Nodes[j]);
            x.WriteAttributeString("weight", Math.Abs(w).ToString("R", CultureInfo.InvariantCulture));
            Values(x, Math.Sign(w), w, g.Score(i, j), g.Events(i, j));
            x.WriteEndElement();
        }
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndDocument();
    }

    private static void Attributes(XmlWriter x, string cls, params (string Id, string Title, string Type)[] attrs)
    {
        x.WriteStartElement("attributes", Ns);
        x.WriteAttributeString("class", cls);
        foreach (var (id, title, type) in attrs)
        {
            x.WriteStartElement("attribute", Ns);
            x.WriteAttributeString("id", id);
            x.WriteAttributeString("title", title);
            x.WriteAttributeString("type", type);
            x.WriteEndElement();
        }
        x.WriteEndElement();
    }

    private static void Values(XmlWriter x, params object[] values)
    {
        x.WriteStartElement("attvalues", Ns);
        for (int k = 0; k < values.Length; k++)
        {
            x.WriteStartElement("attvalue", Ns);
            x.WriteAttributeString("for", k.ToString(CultureInfo.InvariantCulture));
            x.WriteAttributeString("value", Convert.ToString(values[k], CultureInfo.InvariantCulture));
            x.WriteEndElement();
        }
        x.WriteEndElement();
    }
}
