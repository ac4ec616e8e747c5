using Entente.Text.Entities;

namespace Entente.Tests.Text.Entities;

public class DocumentAcronymsTests
{
    private static readonly EntityLabels Labels = new(["PER", "ORG", "LOC"]);

    private static int[] Of(params string[] tags) => tags.Select(Labels.IndexOf).ToArray();

    [Fact]
    public void AnAcronymTakesTheTypeOfTheNameItsLettersSpell()
    {
        var acronyms = new DocumentAcronyms(Labels);
        string[] a = ["the", "Housing", "Authority", "of", "New", "Orleans", "filed"];
        acronyms.Add(a, Of("O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "L-ORG", "O"));
        string[] b = ["HANO", "said", "so", "to", "ABC"];
        var lb = Of("O", "O", "O", "O", "O");
        acronyms.Apply(b, lb);
        Assert.Equal(Of("U-ORG", "O", "O", "O", "O"), lb);
    }

    [Fact]
    public void AnAcronymLabelledOnceIsLabelledElsewhere()
    {
        var acronyms = new DocumentAcronyms(Labels);
        acronyms.Add(["the", "ISS", "orbits"], Of("O", "U-LOC", "O"));
        acronyms.Add(["Go", "to", "ISS"], Of("O", "O", "U-ORG"));
        acronyms.Add(["ISS", "is", "high"], Of("U-LOC", "O", "O"));
        var labels = Of("O", "O", "O", "O");
        acronyms.Apply(["They", "left", "the", "ISS"], labels);
        Assert.Equal(Of("O", "O", "O", "U-LOC"), labels); // the type given most often
    }

    [Fact]
    public void LabelledWordsNamesWithOtherLowerCaseWordsAndShoutedSentencesAreLeftAlone()
    {
        var acronyms = new DocumentAcronyms(Labels);
        acronyms.Add(["Coalition", "Provisional", "Authority"], Of("B-ORG", "I-ORG", "L-ORG"));
        acronyms.Add(["Bank", "with", "Teeth"], Of("B-ORG", "I-ORG", "L-ORG")); // "with" is no skipped word: no BT
        var labelled = Of("O", "U-PER");
        acronyms.Apply(["ask", "CPA"], labelled);
        Assert.Equal(Of("O", "U-PER"), labelled);
        var other = Of("O", "O");
        acronyms.Apply(["ask", "BT"], other);
        Assert.Equal(Of("O", "O"), other);
        var shouted = Of("O", "O", "O", "O");
        acronyms.Apply(["THE", "CPA", "IS", "WRONG"], shouted);
        Assert.Equal(Of("O", "O", "O", "O"), shouted);
        var plain = Of("O", "O", "O");
        acronyms.Apply(["the", "CPA", "left"], plain);
        Assert.Equal(Of("O", "U-ORG", "O"), plain);
    }
}
