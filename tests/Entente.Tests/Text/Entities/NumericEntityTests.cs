using Entente.Model;
using Entente.Pipeline;
using Entente.Text;

namespace Entente.Tests.Text.Entities;

public class NumericEntityTests
{
    private static List<(string Type, string Text)> Entities(string text)
    {
        var doc = new Document(new DocumentMetadata { Id = "t" }, text);
        new DocumentPipeline([.. TextPipeline.Segmentation(), .. TextPipeline.Tagging(), .. TextPipeline.Entities()]).Process(doc);
        return doc.Sentences.SelectMany(s => s.Entities).Select(e => (e.Type, e.Text)).ToList();
    }

    [Theory]
    [InlineData("The talks ended on 4 March 2025 in Geneva.", "DATE", "4 March 2025")]
    [InlineData("The talks ended on March 4, 2025 in Geneva.", "DATE", "March 4, 2025")]
    [InlineData("The ministers met last Tuesday.", "DATE", "last Tuesday")]
    [InlineData("The ministers met yesterday.", "DATE", "yesterday")]
    [InlineData("The fund lent $2.5bn to the bank.", "MONEY", "$2.5bn")]
    [InlineData("The fund lent €300 million to the bank.", "MONEY", "€300 million")]
    [InlineData("Turnout rose to 45 per cent on Sunday.", "PERCENT", "45 per cent")]
    [InlineData("Turnout rose to 45% on Sunday.", "PERCENT", "45%")]
    [InlineData("Police arrested 12 protesters.", "CARDINAL", "12")]
    [InlineData("Thousands of people marched.", "CARDINAL", "Thousands")]
    public void FindsNumericEntities(string text, string type, string expected) =>
        Assert.Contains((type, expected), Entities(text));

    [Fact]
    public void EntityTagsAreIob2OnTokens()
    {
        var doc = new Document(new DocumentMetadata { Id = "t" }, "Police arrested 12 protesters in Paris.");
        new DocumentPipeline([.. TextPipeline.Segmentation(), .. TextPipeline.Tagging(), .. TextPipeline.Entities()]).Process(doc);
        var tags = doc.Sentences[0].Tokens.Select(t => t.EntityTag).ToList();
        Assert.Equal(["O", "O", "B-CARDINAL", "O", "O", "B-LOC", "O"], tags);
    }

    [Fact]
    public void PossessiveIsNotPartOfTheEntityText()
    {
        Assert.Contains(("LOC", "Germany"), Entities("Germany's government resigned."));
    }
}
