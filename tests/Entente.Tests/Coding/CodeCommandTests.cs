using Entente.Cli;

namespace Entente.Tests.Coding;

public class CodeCommandTests
{
    [Fact]
    public void Code_prints_the_parse_section_and_rejects_bad_formats()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(0, Program.Run(["code", "Russia attacked Ukraine."], output, error));
        Assert.Contains("Sentence 0: Russia attacked Ukraine.", output.ToString());
        Assert.Contains("Events:", output.ToString());
        Assert.Equal(2, Program.Run(["code", "x", "--format", "xml"], new StringWriter(), new StringWriter()));
        Assert.Equal(2, Program.Run(["code", "x", "--verbs", "/no/such/file.verbs"], new StringWriter(), new StringWriter()));
    }

    [Fact]
    public void Possessive_actors_are_coded_and_cite_their_own_words()
    {
        var output = new StringWriter();
        Assert.Equal(0, Program.Run(["code", "Russia's foreign minister criticised Iran's nuclear programme.", "--date", "2023-05-01"], output, new StringWriter()));
        var text = output.ToString();
        Assert.Contains("Russia's foreign minister [RUSGOV]", text);
        Assert.Contains("  Iran [IRN]", text); // the word "Iran", not "Iran's": words carry exact offsets
        Assert.Contains("RUSGOV -> IRN  111", text);
    }

    [SharedDataFact("peers/petrarch2/text/PETR.UnitTest.records.xml")]
    public void Validate_petrarch_with_given_parses_beats_petrarch2()
    {
        var output = new StringWriter();
        var path = SharedData.File("peers/petrarch2/text/PETR.UnitTest.records.xml")!;
        Assert.Equal(0, Program.Run(["validate", "petrarch", path], output, new StringWriter()));
        var last = output.ToString().TrimEnd().Split('\n')[^1];
        using var json = System.Text.Json.JsonDocument.Parse(last);
        Assert.Equal("petrarch", json.RootElement.GetProperty("suite").GetString());
        Assert.Equal(284, json.RootElement.GetProperty("records").GetInt32());
        Assert.True(json.RootElement.GetProperty("passed").GetInt32() > 89, last);
    }

    [SharedDataFact("peers/tabari/Validate.project")]
    public void Code_with_a_tabari_project_reads_the_sentence_tabaris_way()
    {
        var output = new StringWriter();
        var project = SharedData.File("peers/tabari/Validate.project")!;
        Assert.Equal(0, Program.Run(["code", "Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy.",
            "--tabari", project, "--date", "1995-01-01"], output, new StringWriter()));
        Assert.Contains("Read: [ARNOR ARN]", output.ToString());
        Assert.Contains("ARN -> GON  064", output.ToString());
        output = new StringWriter();
        Assert.Equal(0, Program.Run(["code", "Arnor accused Gondor.", "--tabari", project], output, new StringWriter()));
        Assert.Contains("fewer than MINIMUM WORDS", output.ToString());
        Assert.Equal(2, Program.Run(["code", "x", "--tabari", "/no/such.project"], new StringWriter(), new StringWriter()));
    }
}
