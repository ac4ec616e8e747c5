using Entente.Model;
using Entente.Text;

namespace Entente.Tests.Text;

public class DatelineTests
{
    [Theory]
    [InlineData("HANOI — India's prime minister arrived.", "HANOI")]
    [InlineData("NEW DELHI, March 5 (Reuters) - India said.", "NEW DELHI")]
    [InlineData("# A title\n\nWASHINGTON -- The United States welcomed it.", "WASHINGTON")]
    public void Finds_the_dateline_that_opens_a_story(string text, string place)
    {
        Assert.True(Dateline.TryFind(text, out var span, out var found));
        Assert.Equal(place, found);
        Assert.True(char.IsLetter(text[span.End]));
    }

    [Theory]
    [InlineData("India — and Vietnam — signed.")]      // not upper case
    [InlineData("The UN - which met today - voted.")]  // not at the start
    [InlineData("US - China talks resumed.")]          // a two-letter word is no place
    public void Leaves_ordinary_openings_alone(string text) => Assert.False(Dateline.TryFind(text, out _, out _));

    [Fact]
    public void The_dateline_is_its_own_segment_and_no_actor()
    {
        var doc = new Document(new DocumentMetadata { Id = "d", Published = new DateOnly(2025, 3, 8) },
            "WASHINGTON — The United States on Saturday welcomed the defence treaty between India and Vietnam.");
        Entente.Pipeline.DefaultPipeline.Create(new Entente.Pipeline.PipelineOptions()).Process(doc);
        Assert.Equal("WASHINGTON —", doc.Sentences[0].Text.Trim());
        Assert.DoesNotContain(doc.Actors, a => a.Text == "WASHINGTON");
        Assert.Contains(doc.Events, e => e.Actor1?.Code.Value == "USA" && e.Actor2?.Code.Value == "IND" && e.Cameo.Value == "051");
    }
}
