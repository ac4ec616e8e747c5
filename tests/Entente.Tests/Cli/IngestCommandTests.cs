using System.Diagnostics;
using System.Text;

using Entente.Sources;
using Entente.Store;
using Entente.Tests.Support;

namespace Entente.Tests.Cli;

public class IngestCommandTests
{
    [Fact]
    public void IngestingTheSameFolderTwiceStoresNothingNewTheSecondTime()
    {
        using var dir = new TempDir();
        var db = dir.File("e.db");
        var first = Support.Cli.Run("ingest", RepoPaths.Examples, "--db", db);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("0 already present", first.Output);
        var counts = Counts(db);
        var second = Support.Cli.Run("ingest", RepoPaths.Examples, "--db", db);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 new", second.Output);
        Assert.Equal(counts, Counts(db));
        Assert.True(counts.Docs >= 6);
    }

    [Fact]
    public void BadInputsAreNamedWithReasonsWhileGoodArticlesAreStored()
    {
        using var dir = new TempDir();
        dir.Write("good1.txt", "A good headline\nThe Wire — 4 March 2025\n\nIndia and Vietnam signed a treaty on Tuesday.");
        dir.Write("good2.html", "<html><head><title>Good page</title></head><body><p>China condemned the treaty.</p></body></html>");
        dir.WriteBytes("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xFF, 0xFE]);
        dir.Write("empty.txt", "");
        dir.Write("huge.txt", new string('a', 50 * 1024 * 1024));
        dir.WriteBytes("latin1.txt", Encoding.ASCII.GetBytes("Legacy\n\nThe minister").Concat(new byte[] { 0x92, (byte)'s', (byte)' ', 0xE9, (byte)'.' }).ToArray());
        dir.Write("broken.html", "<html><body>\n<div><table><tr><td>\n</span></div><<<");
        var db = dir.File("e.db");
        var r = Support.Cli.Run("ingest", dir.Path, "--db", db);
        Assert.Equal(1, r.ExitCode);
        Assert.Matches(@"binary\.txt: binary content", r.Output);
        Assert.Matches(@"empty\.txt: empty file", r.Output);
        Assert.Matches(@"huge\.txt: file too large", r.Output);
        Assert.Matches(@"broken\.html: broken HTML.*line \d+", r.Output);
        Assert.Matches(@"latin1\.txt: invalid UTF-8 \(line 3\); decoded as Windows-1252", r.Output);
        using var store = SqliteStore.Open(db, readOnly: true);
        var ids = new List<string>();
        using (var cmd = store.Command("SELECT id FROM documents ORDER BY id"))
        using (var rd = cmd.ExecuteReader()) while (rd.Read()) ids.Add(rd.GetString(0));
        Assert.Equal(["good1.txt", "good2.html", "latin1.txt"], ids);
    }

    [Fact]
    public void UsageErrorsExitWithTwo()
    {
        Assert.Equal(2, Support.Cli.Run("ingest").ExitCode);
        Assert.Equal(2, Support.Cli.Run("ingest", "/no/such/folder/anywhere").ExitCode);
        Assert.Equal(2, Support.Cli.Run("events", "--db", "/no/such/db.sqlite").ExitCode);
        Assert.Equal(2, Support.Cli.Run("events", "--format", "xml").ExitCode);
        Assert.Equal(2, Support.Cli.Run("frobnicate").ExitCode);
    }

    [Fact]
    public void AKilledIngestLosesAndDuplicatesNothingWhenRerun()
    {
        using var dir = new TempDir();
        var articles = Path.Combine(dir.Path, "articles");
        Directory.CreateDirectory(articles);
        var gen = new SyntheticArticles(seed: 7);
        const int total = 400;
        for (int i = 0; i < total; i++) File.WriteAllText(Path.Combine(articles, $"a{i:D4}.txt"), gen.Next(i, 1500));
        var db = dir.File("k.db");

        // Kill the child once some batches are committed and before it finishes.
        bool killedMidway = false;
        using (var child = StartChild("ingest", articles, "--db", db, "--workers", "1"))
        {
            var clock = Stopwatch.StartNew();
            while (!child.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                long stored = File.Exists(db) ? SafeCount(db) : 0;
                if (stored > 0 && stored < total)
                {
                    child.Kill(entireProcessTree: true); // SIGKILL on Unix
                    child.WaitForExit();
                    killedMidway = true;
                    break;
                }
                Thread.Sleep(5);
            }
            if (!child.HasExited) { child.Kill(true); child.WaitForExit(); }
        }
        Assert.True(killedMidway, "the child ingest finished before it could be killed midway");
        long before = SafeCount(db);
        Assert.InRange(before, 1, total - 1);

        var rerun = Support.Cli.Run("ingest", articles, "--db", db);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains($"{total - before} new, {before} already present", rerun.Output);
        using var store = SqliteStore.Open(db, readOnly: true);
        Assert.Equal("ok", store.IntegrityCheck());
        Assert.Equal((long)total, store.Scalar("SELECT count(*) FROM documents"));
        Assert.Equal((long)total, store.Scalar("SELECT count(DISTINCT hash) FROM documents"));
        Assert.Equal(store.Scalar("SELECT sum(sentences) FROM documents"), store.Scalar("SELECT count(*) FROM sentences"));
        Assert.Equal(0L, store.Scalar("SELECT count(*) FROM (SELECT doc_id, idx FROM sentences GROUP BY doc_id, idx HAVING count(*) > 1)"));
    }

    private static Process StartChild(params string[] args)
    {
        var cliDll = Path.Combine(AppContext.BaseDirectory, "Entente.Cli.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(cliDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private static long SafeCount(string db)
    {
        try
        {
            using var store = SqliteStore.Open(db, readOnly: true);
            return store.SchemaVersion == 0 ? 0 : (long)store.Scalar("SELECT count(*) FROM documents")!;
        }
        catch (Microsoft.Data.Sqlite.SqliteException) { return 0; }
    }

    private static (long Docs, long Sentences) Counts(string db)
    {
        using var store = SqliteStore.Open(db, readOnly: true);
        return ((long)store.Scalar("SELECT count(*) FROM documents")!, (long)store.Scalar("SELECT count(*) FROM sentences")!);
    }
}
