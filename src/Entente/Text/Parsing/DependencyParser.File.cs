using System.IO.Compression;
using Entente.Text.Models;

namespace Entente.Text.Parsing;

public sealed partial class DependencyParser
{
    /// <summary>Model kind written in the file header.</summary>
    public const string ModelKind = "parser";

    /// <summary>File name of the shipped model (see <see cref="ModelResources"/>).</summary>
    public const string ShippedFileName = "parser.bin";

    private const int FormatVersion = 3;

    private static readonly Lazy<DependencyParser?> s_shipped = new(() =>
    {
        using var stream = ModelResources.Open(ShippedFileName);
        return stream is null ? null : Load(stream, ShippedFileName);
    });

    /// <summary>The shipped model, loaded once per process on first use.</summary>
    /// <exception cref="InvalidOperationException">No parser model is embedded or in <c>ENTENTE_MODELS</c>.</exception>
    public static DependencyParser Shipped => s_shipped.Value
        ?? throw new InvalidOperationException($"no {ShippedFileName} model found (embedded or in ENTENTE_MODELS)");

    /// <summary>
    /// Writes the model: header, then a Brotli-compressed body of labels, the 16-bit transition
    /// table and the label table, dropping label weights smaller than <paramref name="prune"/>.
    /// </summary>
    public void Save(Stream stream, float prune = 1e-3f)
    {
        using (var header = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            ModelFile.WriteHeader(header, ModelKind, FormatVersion, Metadata);
        using var brotli = new BrotliStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var w = new BinaryWriter(brotli, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write(Labels.Count);
        foreach (var name in Labels.Names) w.Write(name);
        _transitions.Write(w);
        _labelWeights.Write(w, prune);
    }

    /// <summary>Writes the model to a file.</summary>
    public void Save(string path, float prune = 1e-3f)
    {
        using var f = File.Create(path);
        Save(f, prune);
    }

    /// <summary>Reads a model written by <see cref="Save(Stream, float)"/>; <paramref name="name"/> names it in errors.</summary>
    /// <exception cref="InvalidDataException">Not a parser model, too new, or corrupt.</exception>
    public static DependencyParser Load(Stream stream, string name)
    {
        using var header = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var (format, meta) = ModelFile.ReadHeader(header, ModelKind, FormatVersion, name);
        try
        {
            // Decompress the body in one go: bulk reads from memory beat many small stream reads.
            var body = new MemoryStream();
            using (var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true)) brotli.CopyTo(body);
            body.Position = 0;
            using var r = new BinaryReader(body, System.Text.Encoding.UTF8);
            int count = r.ReadInt32();
            var names = new string[count];
            for (int i = 0; i < count; i++) names[i] = r.ReadString();
            QuantizedTable transitions;
            WeightTable labels;
            if (format >= 3)
            {
                // Format 3 stores the 16-bit transition table as parsed. The two tables are built on
                // two threads: building them is most of the load time, and the parser is the
                // largest model.
                int transitionsAt = (int)body.Position;
                QuantizedTable.Skip(r);
                int labelsAt = (int)body.Position;
                QuantizedTable? t = null;
                WeightTable? l = null;
                var buffer = body.GetBuffer();
                Parallel.Invoke(
                    () => t = QuantizedTable.Read(Reader(buffer, transitionsAt, labelsAt)),
                    () => l = WeightTable.Read(Reader(buffer, labelsAt, (int)body.Length), format));
                (transitions, labels) = (t!, l!);
            }
            else
            {
                transitions = FromFloats(WeightTable.Read(r, format));
                labels = WeightTable.Read(r, format);
            }
            return new DependencyParser(transitions, labels, new LabelSet(names), meta);
        }
        catch (Exception ex) when (Cause(ex) is EndOfStreamException or InvalidDataException or ArgumentException)
        {
            var cause = Cause(ex);
            throw new InvalidDataException($"{name}: corrupt parser model ({cause.Message})", cause);
        }
    }

    /// <summary>The first real error inside the parallel table builders' aggregate.</summary>
    private static Exception Cause(Exception ex) =>
        ex is AggregateException { InnerExceptions.Count: > 0 } a ? a.Flatten().InnerExceptions[0] : ex;

    private static BinaryReader Reader(byte[] buffer, int from, int to) =>
        new(new MemoryStream(buffer, from, to - from, writable: false), System.Text.Encoding.UTF8);

    private static QuantizedTable FromFloats(WeightTable floats)
    {
        using (floats) return QuantizedTable.From(floats);
    }

    /// <summary>Reads a model file.</summary>
    public static DependencyParser Load(string path)
    {
        using var f = File.OpenRead(path);
        return Load(f, path);
    }
}
