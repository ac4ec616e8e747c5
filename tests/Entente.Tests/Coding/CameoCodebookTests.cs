using Entente.Coding;
using Entente.Coding.Ontology;
using Entente.Model;

namespace Entente.Tests.Coding;

/// <summary>The codebook readers on small files of our own in the distributed formats.</summary>
public class CameoCodebookTests
{
    private static string Codebook(string plover)
    {
        var dir = Directory.CreateTempSubdirectory("codebook").FullName;
        File.WriteAllText(Path.Combine(dir, CameoCodebook.EventCodesFile),
            "CODE\tNAME\n1\tFirst quad\n04\tTALK \n042\tGo somewhere\n1056\tAsk for calm106:[-5.0] Ask to leave\n");
        File.WriteAllText(Path.Combine(dir, CameoCodebook.GoldsteinFile), "CODE\tSCORE\n04\t1.5\n042\t2.5\n1056\t-4.5\n106\t-4.5\n");
        File.WriteAllText(Path.Combine(dir, CameoCodebook.PloverFile), plover);
        return dir;
    }

    private const string Plover = "# comment\n04: CONSULT\n042: CONSULT, visit # go\n~~~~~\n1056: DEMAND, yield, military; legal\n106: DEMAND, yield\n";

    [Fact]
    public void ReadsTheDistributedFormatsAndAppliesOurCorrections()
    {
        var o = CameoOntology.Load(Codebook(Plover));
        Assert.Equal(4, o.Count);
        Assert.Equal("TALK", o.Name(new CameoCode("04")));
        Assert.Equal(2.5, o.Goldstein(new CameoCode("042")));
        Assert.Equal("visit", o.Plover(new CameoCode("042"))!.Mode);
        Assert.Null(o.Plover(new CameoCode("04"))!.Mode);
        // The merged line is split by our name corrections; contexts split on ';'.
        Assert.Equal("Demand withdrawal", o.Name(new CameoCode("106")));
        Assert.Equal("Demand de-escalation of military engagement", o.Name(new CameoCode("1056")));
        Assert.Equal(["military", "legal"], o["1056"].PloverContexts);
    }

    [Fact]
    public void ACodeWithoutAPloverRowNamesTheFile()
    {
        var ex = Assert.Throws<DictionaryFormatException>(() => CameoOntology.Load(Codebook("042: CONSULT, visit # go\n")));
        Assert.Contains(CameoCodebook.GoldsteinFile, ex.Message);
        Assert.Contains("PLOVER", ex.Message);
    }

    [Fact]
    public void AScoreOutsideTheScaleNamesFileAndLine()
    {
        var dir = Codebook(Plover);
        File.WriteAllText(Path.Combine(dir, CameoCodebook.GoldsteinFile), "CODE\tSCORE\n042\t19\n");
        var ex = Assert.Throws<DictionaryFormatException>(() => CameoOntology.Load(dir));
        Assert.Equal(2, ex.Line);
    }
}
