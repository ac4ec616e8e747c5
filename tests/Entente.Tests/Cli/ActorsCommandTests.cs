using System.Text.Json;
using Entente.Tests.Support;

namespace Entente.Tests.Cli;

public class ActorsCommandTests
{
    [Fact]
    public void ListsResolvedActorsWithCountsAndUnresolvedNames()
    {
        using var dir = new TempDir();
        dir.Write("a.txt", "Talks in Hanoi\nThe Wire — 4 March 2025\n\nRussia and China held talks. Russia's foreign ministry said Mr. Jonas Quimby had met the minister.");
        var db = dir.File("a.db");
        Assert.Equal(0, Support.Cli.Run("ingest", dir.Path, "--db", db).ExitCode);
        var r = Support.Cli.Run("actors", "--db", db, "--format", "jsonl");
        Assert.Equal(0, r.ExitCode);
        var rows = r.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var resolved = rows.Where(x => x.GetProperty("status").GetString() == "resolved")
            .ToDictionary(x => x.GetProperty("code").GetString()!, x => x.GetProperty("mentions").GetInt32());
        Assert.True(resolved.GetValueOrDefault("RUS") + resolved.GetValueOrDefault("RUSGOV") >= 2);
        Assert.True(resolved.ContainsKey("CHN"));
        Assert.Contains(rows, x => x.GetProperty("status").GetString() == "unresolved" && x.GetProperty("name").GetString()!.Contains("Quimby"));
    }
}
