using System.Text.Json;
using Entente.Cli;

namespace Entente.Tests.Cli;

public class TextCommandsTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter(); var e = new StringWriter();
        int code = Program.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void ParsePrintsConlluWithEntities()
    {
        var (code, output, _) = Run("parse", "Angela Merkel visited Paris on 4 March 2025.");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("# text = Angela Merkel visited Paris"));
        Assert.Contains(lines, l => l.StartsWith("3\tvisited\tvisit\tVERB\tVBD\t"));
        Assert.Contains(lines, l => l.StartsWith("# entity = DATE 6-8 4 March 2025"));
    }

    [Fact]
    public void MissingTestFileIsAUsageError()
    {
        var (code, _, err) = Run("eval", "tagger", "--test", "/nonexistent/file.conllu");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("file not found", err);
    }

    [Fact]
    public void TrainClustersWritesOneClassPerWord()
    {
        InTempDirectory(dir =>
        {
            var text = Path.Combine(dir, "text.txt");
            var tagged = Path.Combine(dir, "tagged");
            var json = Path.Combine(dir, "sentences.json");
            File.WriteAllLines(text, Enumerable.Repeat("Alice said hello. We flew to Paris today.", 5));
            File.WriteAllLines(tagged, Enumerable.Repeat("Bob/np said/vbd hello/uh ./.", 5));
            File.WriteAllText(json, "[\"Carol said hello.\", \"We flew to Rome today.\"]");
            var outPath = Path.Combine(dir, "classes.tsv");
            var (code, output, err) = Run("train", "clusters", "--text", text, tagged, json, "--classes", "4", "--out", outPath);
            Assert.True(code == 0, err);
            var lines = File.ReadAllLines(outPath);
            Assert.Contains(lines, l => l.StartsWith("paris\t"));
            Assert.Contains(lines, l => l.StartsWith("bob\t")); // the tag was dropped
            Assert.Contains(lines, l => l.StartsWith("carol\t"));
            Assert.All(lines, l => Assert.InRange(int.Parse(l.Split('\t')[1]), 0, 3));
            Assert.Contains("written", output);
        });
    }

    [Fact]
    public void TrainClustersReportsABadFileAndClustersTheRest()
    {
        InTempDirectory(dir =>
        {
            var good = Path.Combine(dir, "good.txt");
            var bad = Path.Combine(dir, "bad.json");
            File.WriteAllLines(good, Enumerable.Repeat("Alice said hello.", 3));
            File.WriteAllText(bad, "{ not an array");
            var outPath = Path.Combine(dir, "classes.tsv");
            var (code, _, err) = Run("train", "clusters", "--text", good, bad, "--classes", "2", "--out", outPath);
            Assert.Equal(ExitCodes.SomeFailed, code);
            Assert.Contains(bad, err);
            Assert.Contains(File.ReadAllLines(outPath), l => l.StartsWith("alice\t"));
        });
    }

    [Fact]
    public void TrainClustersOnVectorsGroupsWordsThatPointAlike()
    {
        InTempDirectory(dir =>
        {
            var vectors = Path.Combine(dir, "vectors.txt");
            File.WriteAllLines(vectors, ["paris 1 0.1 0", "rome 0.9 0 0.1", "alice 0 1 0.1", "bob 0.1 0.9 0", "ran 0 0 1", "went 0.1 0 0.9"]);
            var outPath = Path.Combine(dir, "classes.tsv");
            var (code, output, err) = Run("train", "clusters", "--vectors", vectors, "--classes", "3", "--out", outPath);
            Assert.True(code == 0, err);
            var classes = File.ReadAllLines(outPath).Select(l => l.Split('\t')).ToDictionary(p => p[0], p => int.Parse(p[1]));
            Assert.Equal(6, classes.Count);
            Assert.Equal(classes["paris"], classes["rome"]);
            Assert.Equal(classes["alice"], classes["bob"]);
            Assert.NotEqual(classes["paris"], classes["alice"]);
            Assert.NotEqual(classes["ran"], classes["alice"]);
            Assert.Contains("written", output);
        });
    }

    [Fact]
    public void TrainClustersNamesTheLineOfABadVectorsFile()
    {
        InTempDirectory(dir =>
        {
            var vectors = Path.Combine(dir, "vectors.txt");
            File.WriteAllLines(vectors, ["paris 1 0", "rome 0.9"]);
            var (code, _, err) = Run("train", "clusters", "--vectors", vectors, "--out", Path.Combine(dir, "c.tsv"));
            Assert.Equal(ExitCodes.SomeFailed, code);
            Assert.Contains($"{vectors}:2", err);
            var (both, _, bothErr) = Run("train", "clusters", "--vectors", vectors, "--text", vectors, "--out", Path.Combine(dir, "c.tsv"));
            Assert.Equal(ExitCodes.Usage, both);
            Assert.Contains("not both", bothErr);
        });
    }

    [SharedDataFact(SharedData.EwtDev)]
    public void EvalTaggerEndsWithOneJsonObject()
    {
        var (code, output, _) = Run("eval", "tagger", "--test", SharedData.File(SharedData.EwtDev)!);
        Assert.Equal(0, code);
        var last = output.TrimEnd().Split('\n')[^1];
        using var json = JsonDocument.Parse(last);
        Assert.True(json.RootElement.GetProperty("upos").GetDouble() > 90);
        Assert.Equal(25147, json.RootElement.GetProperty("words").GetInt32());
    }

    private static void InTempDirectory(Action<string> test)
    {
        var dir = Directory.CreateTempSubdirectory();
        try { test(dir.FullName); }
        finally { dir.Delete(true); }
    }
}
