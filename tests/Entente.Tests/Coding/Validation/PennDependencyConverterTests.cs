using Entente.Coding.Validation;

namespace Entente.Tests.Coding.Validation;

public class PennDependencyConverterTests
{
    private static string Arcs(string tree)
    {
        var t = PennDependencyConverter.Convert(PennTree.Parse(tree));
        return string.Join(" ", t.Select(x => $"{x.Text}>{(x.Head < 0 ? "ROOT" : t[x.Head].Text)}:{x.Relation}"));
    }

    [Fact]
    public void Auxiliaries_hang_from_the_main_verb_and_passives_are_marked()
    {
        var arcs = Arcs("(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNP Arnor))))) (. .)))");
        Assert.Equal("Gondor>attacked:nsubj:pass was>attacked:aux:pass attacked>ROOT:root by>Arnor:case Arnor>attacked:obl:agent .>attacked:punct", arcs);
    }

    [Fact]
    public void Possessives_coordination_and_prepositional_objects()
    {
        var arcs = Arcs("(ROOT (S (NP (NP (NNP Arnor) (POS 's)) (NN minister)) (VP (VBD met) (NP (NNP Rohan) (, ,) (NNP Bree) (CC and) (NNP Dol)) (PP (IN in) (NP (NNP Minas)))) (. .)))");
        Assert.Contains("Arnor>minister:nmod:poss", arcs);
        Assert.Contains("'s>Arnor:case", arcs);
        Assert.Contains("minister>met:nsubj", arcs);
        Assert.Contains("Rohan>met:obj", arcs);
        Assert.Contains("Bree>Rohan:conj", arcs);
        Assert.Contains("Dol>Rohan:conj", arcs);
        Assert.Contains("and>Dol:cc", arcs);
        Assert.Contains("Minas>met:obl", arcs);
    }

    [Fact]
    public void Infinitive_with_subject_becomes_object_control()
    {
        var arcs = Arcs("(ROOT (S (NP (NNP Arnor)) (VP (VBD urged) (S (NP (NNP Bree)) (VP (TO to) (VP (VB help))))) (. .)))");
        Assert.Contains("Bree>urged:obj", arcs);
        Assert.Contains("help>urged:xcomp", arcs);
        Assert.Contains("to>help:mark", arcs);
    }

    [Fact]
    public void Lemmas_are_guessed_from_form_and_tag()
    {
        Assert.Equal("say", PennDependencyConverter.GuessLemma("said", "VBD"));
        Assert.Equal("plan", PennDependencyConverter.GuessLemma("planned", "VBD"));
        Assert.Equal("agree", PennDependencyConverter.GuessLemma("agreed", "VBD"));
        Assert.Equal("urge", PennDependencyConverter.GuessLemma("urged", "VBD"));
        Assert.Equal("tie", PennDependencyConverter.GuessLemma("ties", "NNS"));
        Assert.Equal("threaten", PennDependencyConverter.GuessLemma("threatens", "VBZ"));
    }

    [Fact]
    public void Unbalanced_brackets_are_an_error()
    {
        Assert.Throws<FormatException>(() => PennTree.Parse("(ROOT (S (NP (NNP Arnor))"));
    }
}
