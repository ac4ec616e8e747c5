using System.Xml;

namespace Entente.Analysis.Export;

/// <summary>
/// Writes the alignment graph as GraphML (Gephi, yEd, NetworkX): nodes with bloc and centralities,
/// undirected edges with the absolute weight (what layouts need), the sign, the signed weight, the
/// alignment score and the decayed event count.
/// </summary>
public static class GraphMlWriter
{
    /// <summary>Writes <paramref name="partition"/>'s graph with <paramref name="centrality"/> to <paramref name="output"/>.</summary>
    public static void Write(BlocPartition partition, IReadOnlyList<NodeCentrality> centrality, TextWriter output)
    {
        var g = partition.Graph;
        using var x = XmlWriter.Create(output, new XmlWriterSettings { Indent = true });
        x.WriteStartDocument();
        x.WriteStartElement("graphml", "http://graphml.graphdrawing.org/xmlns");
        Key(x, "label", "node", "label", "string");
        Key(x, "bloc", "node", "bloc", "int");
        Key(x, "strength", "node", "strength", "double");
        Key(x, "participation", "node", "participation", "double");
        Key(x, "betweenness", "node", "betweenness", "double");
        Key(x, "weight", "edge", "weight", "double");
        Key(x, "sign", "edge", "sign", "int");
        Key(x, "signed_weight", "edge", "signed_weight", "double");
        Key(x, "score", "edge", "score", "double");
        Key(x, "events", "edge", "events", "double");
        x.WriteStartElement("graph");
        x.WriteAttributeString("id", "alignment");
        x.WriteAttributeString("edgedefault", "undirected");
        for (int i = 0; i < g.Count; i++)
        {
            x.WriteStartElement("node");
            x.WriteAttributeString("id", g.Nodes[i]);
            Data(x, "label", g.Nodes[i]);
            Data(x, "bloc", partition.Labels[i]);
            Data(x, "strength", centrality[i].Strength);
            Data(x, "participation", centrality[i].Participation);
            Data(x, "betweenness", centrality[i].Betweenness);
            x.WriteEndElement();
        }
        foreach (var (i, j) in Edges(g))
        {
            x.WriteStartElement("edge");
            x.WriteAttributeString("source", g.Nodes[i]);
            x.WriteAttributeString("target", g.Nodes[j]);
            double w = g.Weight(i, j);
            Data(x, "weight", Math.Abs(w));
            Data(x, "sign", Math.Sign(w));
            Data(x, "signed_weight", w);
            Data(x, "score", g.Score(i, j));
            Data(x, "events", g.Events(i, j));
            x.WriteEndElement();
        }
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndDocument();
    }

    /// <summary>The pairs i &lt; j with any evidence.</summary>
    public static IEnumerable<(int I, int J)> Edges(SignedGraph g)
    {
        for (int i = 0; i < g.Count; i++)
            for (int j = i + 1; j < g.Count; j++)
                if (g.Magnitude(i, j) > 0 || g.Weight(i, j) != 0) yield return (i, j);
    }

    private static void Key(XmlWriter x, string id, string domain, string name, string type)
    {
        x.WriteStartElement("key");
        x.WriteAttributeString("id", id);
        x.WriteAttributeString("for", domain);
        x.WriteAttributeString("attr.name", name);
        x.WriteAttributeString("attr.type", type);
        x.WriteEndElement();
    }

    private static void Data(XmlWriter x, string key, object value)
    {
        x.WriteStartElement("data");
        x.WriteAttributeString("key", key);
        x.WriteString(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
        x.WriteEndElement();
    }
}
