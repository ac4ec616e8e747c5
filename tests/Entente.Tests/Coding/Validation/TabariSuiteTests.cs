using Entente.Cli;
using Entente.Coding.Dictionaries;
using Entente.Coding.Validation;

namespace Entente.Tests.Coding.Validation;

public class TabariSuiteTests
{
    [SharedDataFact("peers/tabari/Validate.text")]
    public void Validate_tabari_passes_nine_in_ten_judged_records_from_raw_text()
    {
        var output = new StringWriter();
        var path = SharedData.File("peers/tabari/Validate.text")!;
        Assert.Equal(0, Program.Run(["validate", "tabari", path], output, new StringWriter()));
        var last = output.ToString().TrimEnd().Split('\n')[^1];
        using var json = System.Text.Json.JsonDocument.Parse(last);
        int passed = json.RootElement.GetProperty("passed").GetInt32(), failed = json.RootElement.GetProperty("failed").GetInt32();
        Assert.True(passed + failed > 300, last);
        Assert.True(passed >= 0.9 * (passed + failed), last);
        // every judged record is printed with its verdict
        Assert.Equal(passed, output.ToString().Split('\n').Count(l => l.Contains("\tPASS\t")));
    }

    [Fact]
    public void Options_records_that_tabari_accepts_are_applied()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """
            950101  OPT-1
            Directives.
            /*\n{ OPTION: SET: CODE ALL }
            \n{ OPTION: COMMA: OFF } */

            950102  REC-1
            Too complex to code.
            /*\n{+++} */

            950103  OPT-2
            An option without its closing brace, as TABARI's own suite writes one.
            /*\n{ OPTION: SET: MINIMUM WORDS = 4  */

            950104  REC-2
            Arnor met Gondor./*
            \n{ ARN / GON / 031 } */
            """.Replace("            ", ""));
        var records = TabariSuiteReader.Read(path, new TabariOptions());
        File.Delete(path);
        Assert.Equal(RecordExpectation.Complex, records[1].Expectation);
        Assert.Equal("ALL", records[1].Settings["CODE BY"]);
        Assert.Equal("OFF", records[1].Settings["COMMA"]);
        Assert.Equal("4", records[3].Settings["MINIMUM WORDS"]);
        var s = Entente.Coding.Shallow.ShallowSettings.From(records[3].Settings);
        Assert.Equal(("ALL", false, 4), (s.CodeBy, s.CommaClauses, s.MinimumWords));
    }

    [Fact]
    public void Record_dates_are_read_as_tabari_reads_them()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """
            9501201  TYPO-1
            Arnor met Gondor./*
            \n{ ARN / GON / 031 } */

            950101  OPT-1
            Four-digit years from here.
            /*\n{ OPTION: SET: YYYY = TRUE } */

            20150607 LONG-1
            Arnor met Gondor./*
            \n{ ARN / GON / 031 } */
            """.Replace("            ", ""));
        var records = TabariSuiteReader.Read(path, new TabariOptions());
        File.Delete(path);
        Assert.Equal(3, records.Count);
        Assert.Equal(new DateOnly(1995, 1, 20), records[0].Date);   // the first six digits, as TABARI reads them
        Assert.Equal(new DateOnly(2015, 6, 7), records[2].Date);
    }
}
