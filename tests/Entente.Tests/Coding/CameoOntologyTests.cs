using Entente.Coding;
using Entente.Coding.Ontology;
using Entente.Model;

namespace Entente.Tests.Coding;

public class CameoOntologyTests
{
    private static readonly CameoOntology O = CameoOntology.Default;

    [Fact]
    public void Has_all_311_codes_each_with_score_and_plover_row()
    {
        Assert.Equal(311, O.Count);
        Assert.All(O.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Name)));
    }

    [Fact]
    public void Upstream_defects_are_fixed()
    {
        Assert.Equal("Demand de-escalation of military engagement", O.Name(new CameoCode("1056")));
        Assert.Equal("Demand withdrawal", O.Name(new CameoCode("106")));
        Assert.Equal(-5.0, O.Goldstein(new CameoCode("106")));
        Assert.Equal("Meet at a third location", O.Name(new CameoCode("044")));
        Assert.All(O.Entries, e => Assert.DoesNotContain(e.Name, c => c is 'Ò' or 'Ó' || c > '\u007f'));
    }

    [Theory]
    [InlineData("042", 1.9, "CONSULT", "visit")]
    [InlineData("190", -10.0, "ASSAULT", null)]
    [InlineData("163", -8.0, "COERCE", "restrict")]
    [InlineData("0231", 3.4, "REQUEST", "assist")]
    public void Known_codes_have_their_facts(string code, double goldstein, string type, string? mode)
    {
        var c = new CameoCode(code);
        Assert.Equal(goldstein, O.Goldstein(c));
        Assert.Equal(type, O.Plover(c)!.Type);
        if (mode is not null) Assert.Equal(mode, O.Plover(c)!.Mode);
    }

    [Fact]
    public void Statements_have_no_plover_type_but_every_other_root_maps()
    {
        Assert.Null(O.Plover(new CameoCode("010")));
        Assert.All(O.Entries.Where(e => e.Code.Root != "01"), e => Assert.NotNull(e.Plover));
    }

    [Theory]
    [InlineData("036", 1)]
    [InlineData("0874", 2)]
    [InlineData("1246", 3)]
    [InlineData("2042", 4)]
    public void Quad_classes_follow_the_root(string code, int quad)
    {
        Assert.Equal(quad, O.QuadClass(new CameoCode(code)));
        Assert.False(string.IsNullOrEmpty(O.QuadClassName(quad)));
    }

    [Fact]
    public void Unknown_code_is_an_error()
    {
        Assert.False(O.Contains("099"));
        Assert.Throws<KeyNotFoundException>(() => O.Name(new CameoCode("099")));
    }

    [Fact]
    public void Table_row_with_wrong_field_count_names_file_and_line()
    {
        var ex = Assert.Throws<DictionaryFormatException>(() =>
            TsvTable.Parse("t.tsv", "# version: 1\ncode\tname\n01\tA\n02\n"));
        Assert.Equal(4, ex.Line);
        Assert.Contains("t.tsv:4", ex.Message);
    }
}
