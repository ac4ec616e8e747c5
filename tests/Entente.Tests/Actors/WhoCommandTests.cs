
namespace Entente.Tests.Actors;

public class WhoCommandTests
{
    [Fact]
    public void Who_shows_code_name_and_reason_at_the_date()
    {
        var r = Support.Cli.Run("who", "The Kremlin and the British prime minister disagreed.", "--date", "2021-03-01");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("RUSGOV", r.Output);
        Assert.Contains("metonymy", r.Output);
        Assert.Contains("Boris Johnson", r.Output);
    }

    [Fact]
    public void Who_rejects_a_bad_date_and_a_missing_dictionary()
    {
        Assert.Equal(2, Support.Cli.Run("who", "Iran", "--date", "2021-13-40").ExitCode);
        Assert.Equal(2, Support.Cli.Run("who", "Iran", "--actors", "/no/such/file.actors").ExitCode);
    }

    [Fact]
    public void Who_loads_user_dictionaries_and_reports_their_bad_lines()
    {
        var path = Path.Combine(Path.GetTempPath(), $"entente-who-{Environment.ProcessId}.actors");
        File.WriteAllText(path, "country XFD Freedonia\n  adjectives: Freedonian\n  role: XFDGOV president 1933..1933x\n");
        try
        {
            var r = Support.Cli.Run("who", "Freedonian troops advanced.", "--actors", path);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("XFDMIL", r.Output);
            Assert.Contains($"{path}:3:", r.Error);
        }
        finally { File.Delete(path); }
    }
}
