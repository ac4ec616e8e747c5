using System.Text.Json;
using Entente.Tests.Support;

namespace Entente.Tests.Cli;

/// <summary>End to end over the bundled examples with whatever the default pipeline holds today.</summary>
public class ClaimsCommandTests
{
    private static List<JsonElement> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public void Examples_give_amounts_quotes_and_the_planted_contradiction_once_actors_are_known()
    {
        using var dir = new TempDir();
        var db = dir.File("e.db");
        Assert.Equal(0, Support.Cli.Run("ingest", RepoPaths.Examples, "--db", db).ExitCode);

        var claims = Support.Cli.Run("claims", "--db", db, "--format", "jsonl");
        Assert.Equal(0, claims.ExitCode);
        var amounts = Lines(claims.Output);
        var about80 = amounts.Single(a => a.GetProperty("text").GetString() == "about 80 supersonic cruise missiles");
        Assert.Equal(72, about80.GetProperty("low").GetDouble(), 6);
        Assert.Equal(88, about80.GetProperty("high").GetDouble(), 6);
        Assert.Equal("missile", about80.GetProperty("counted").GetString());
        Assert.Contains(amounts, a => a.GetProperty("text").GetString() == "120 supersonic cruise missiles");
        var money = amounts.Single(a => a.GetProperty("unit").GetString() == "USD" && a.GetProperty("value").GetDouble() == 2.5e9);
        Assert.Equal("roughly", money.GetProperty("approximation").GetString());

        var quotes = Support.Cli.Run("quotes", "--db", db, "--format", "jsonl", "--speaker", "spokesman");
        Assert.Equal(0, quotes.ExitCode);
        var q = Lines(quotes.Output);
        Assert.Contains(q, x => x.GetProperty("quote").GetString()!.StartsWith("China firmly opposes", StringComparison.Ordinal));
        Assert.Contains(q, x => x.GetProperty("quote").GetString()!.StartsWith("The quantities are", StringComparison.Ordinal));
        Assert.All(q, x => Assert.Contains("spokes", x.GetProperty("speaker_text").GetString()!, StringComparison.OrdinalIgnoreCase));

        var contested = Lines(Support.Cli.Run("claims", "--db", db, "--contested", "--format", "jsonl").Output);
        var actorsKnown = Lines(Support.Cli.Run("claims", "--db", db, "--format", "jsonl").Output).Any(a => a.GetProperty("actor1").ValueKind == JsonValueKind.String);
        if (actorsKnown)
        {
            // With actors resolved, 80 against 120 must be flagged, and 120 against 120 must not.
            Assert.Contains(contested, c => c.GetProperty("claim").GetString()!.Contains("120") != c.GetProperty("versus").GetString()!.Contains("120")
                                            && (c.GetProperty("claim").GetString() + c.GetProperty("versus").GetString()).Contains("about 80"));
            Assert.DoesNotContain(contested, c => c.GetProperty("claim").GetString()!.StartsWith("120") && c.GetProperty("versus").GetString()!.StartsWith("120"));
        }
        else Assert.Empty(contested);
    }

    [Fact]
    public void Analyze_report_has_a_claims_section()
    {
        using var dir = new TempDir();
        var r = Support.Cli.Run("analyze", RepoPaths.Examples, "--db", dir.File("e.db"));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Claims:", r.Output);
        Assert.Contains("quotations", r.Output);
    }
}
