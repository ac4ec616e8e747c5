using Entente.Text.Entities;

namespace Entente.Tests.Text.Entities;

public class CaseProfileTests
{
    private static readonly string[][] Text =
    [
        ["We", "drove", "to", "Delaware", "and", "back", "."],
        ["Thanks", ",", "the", "trip", "to", "Delaware", "was", "great", "."],
        ["It", "was", "great", "and", "Great", "for", "the", "kids", "."],
        ["It", "was", "great", ",", "really", "great", "."],
        ["Great", "!"],
    ];

    [Fact]
    public void CountsCaseOnlyWhereCaseMeansSomething()
    {
        string[] words = ["Great", "food", ",", "Great", "Service", ".", "Great", "ok"];
        Assert.Equal(-1, CaseProfile.Observe(words, 0)); // first word
        Assert.Equal(0, CaseProfile.Observe(words, 1));
        Assert.Equal(1, CaseProfile.Observe(words, 3)); // after a comma
        Assert.Equal(1, CaseProfile.Observe(words, 4));
        Assert.Equal(-1, CaseProfile.Observe(words, 5)); // not a word
        Assert.Equal(-1, CaseProfile.Observe(words, 6)); // after sentence punctuation
        Assert.Equal(-1, CaseProfile.Observe(["so", "USA", "x"], 1)); // all capitals
    }

    [Fact]
    public void CodesTellUsuallyCapitalisedFromUsuallyLowerCase()
    {
        var profile = CaseProfile.Build(Text);
        byte delaware = profile.Of("delaware"), great = profile.Of("GREAT");
        Assert.Equal(1 + 4 * 3 + 1, delaware); // always capitalised, seen 2 times
        // Capitalised once in 3: neither first words nor sentences without a capital beyond the first are counted.
        Assert.Equal(1 + 2 * 3 + 1, great);
        Assert.Equal(CaseProfile.Unknown, profile.Of("Thanks")); // only ever first
        Assert.Equal(CaseProfile.Unknown, profile.Of(new string('x', 100)));
    }

    [Fact]
    public void SentencesTypedInOneCaseAreNotCounted()
    {
        var profile = CaseProfile.Build([["i", "went", "to", "delaware", "and", "it", "was", "fine"]]);
        Assert.Equal(0, profile.Count);
    }

    [Fact]
    public void CodesRoundTripThroughEntries()
    {
        var profile = CaseProfile.Build(Text);
        var back = CaseProfile.FromCodes(profile.Entries);
        Assert.Equal(profile.Count, back.Count);
        Assert.Equal(profile.Of("delaware"), back.Of("Delaware"));
    }
}
