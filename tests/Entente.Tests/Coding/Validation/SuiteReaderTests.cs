using Entente.Coding.Dictionaries;
using Entente.Coding.Validation;

namespace Entente.Tests.Coding.Validation;

public class SuiteReaderTests
{
    [Fact]
    public void Tabari_records_expectations_and_options()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """
            #### banner
            950101  OPT-1
            A directive.
            /*\n{ OPTION: SET: CODE BY SENTENCE } */

            950102  REC-1
            Arnor signed an accord with Gondor,
            officials said./*
            \n{ ARN / GON / 081 } 950102
            \n{ GON / ARN / 081 }
            \n-{ ARN / OSG / 081 } */

            950103  REC-2
            Nothing happened.
            /*\n{---} */

            950104  REC-3
            Football results.
            /*\n{###} */
            """.Replace("            ", ""));
        var records = TabariSuiteReader.Read(path, new TabariOptions());
        File.Delete(path);
        Assert.Equal(4, records.Count);
        Assert.Equal(RecordExpectation.Skip, records[0].Expectation);
        var rec = records[1];
        Assert.Equal("REC-1", rec.Id);
        Assert.Equal(new DateOnly(1995, 1, 2), rec.Date);
        Assert.Equal("Arnor signed an accord with Gondor, officials said.", rec.Text);
        Assert.Equal(["ARN GON 081", "GON ARN 081"], rec.Expected.Select(e => e.ToString()));
        Assert.Equal("SENTENCE", rec.Settings["CODE BY"]);
        Assert.Equal(RecordExpectation.NoEvents, records[2].Expectation);
        Assert.Equal(RecordExpectation.Discard, records[3].Expectation);
    }

    [Fact]
    public void Tabari_options_lines()
    {
        var issues = new List<DictionaryIssue>();
        var o = TabariOptions.Read("v.options", """
            // comment
            COMPLEX: VERBS[5] CONJ[4]
            SET: MINIMUM WORDS = 5
            SET: CODE BY CLAUSE
            LABEL: 010=YIELD
            DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER
            NONSENSE LINE
            """, issues);
        Assert.Equal(5, o.MinimumWords);
        Assert.Equal("CLAUSE", o.CodeBy);
        Assert.Equal("YIELD", o.Labels["010"]);
        Assert.Equal("DEFSRC", o.DefaultSource);
        Assert.Equal("DEFTAR", o.DefaultTarget);
        var issue = Assert.Single(issues);
        Assert.Equal(7, issue.Line);
        Assert.True(o.TryApply("DEFAULT: OFF", out var off));
        Assert.Null(off.DefaultSource);
    }

    [SharedDataFact("peers/petrarch2/text/PETR.UnitTest.records.xml")]
    public void Petrarch_records_with_expectations_parses_and_switches()
    {
        var records = PetrarchSuiteReader.Read(SharedData.File("peers/petrarch2/text/PETR.UnitTest.records.xml")!);
        Assert.Equal(284, records.Count);
        Assert.All(records, r => Assert.False(string.IsNullOrEmpty(r.Parse)));
        var first = records[0];
        Assert.Equal(["ARN GON 064"], first.Expected.Select(e => e.ToString()));
        Assert.Contains(records, r => r.Settings.TryGetValue("require_dyad", out var v) && v == "false");
        Assert.Contains(records, r => r.Expectation == RecordExpectation.NoEvents);
    }

    [Fact]
    public void Summary_is_one_json_line()
    {
        Assert.Equal("""{"suite":"tabari","records":3,"passed":1,"failed":1,"skipped":1}""", new SuiteSummary("tabari", 3, 1, 1, 1).ToJson());
    }
}
