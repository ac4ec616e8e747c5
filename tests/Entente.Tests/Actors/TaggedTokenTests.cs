using Entente.Actors;
using Entente.Actors.Dictionaries;
using Entente.Model;
using Entente.Text;

namespace Entente.Tests.Actors;

/// <summary>Resolution uses tags, parse and entities when earlier stages supplied them.</summary>
public class TaggedTokenTests
{
    private static Document Segment(string text)
    {
        var doc = new Document(new DocumentMetadata { Id = "t", Published = new DateOnly(2023, 6, 1) }, text);
        TextPipeline.Segmentation()[0].Process(doc);
        return doc;
    }

    private static void Tag(Sentence s, string word, string? upos = null, string? entity = null, string? relation = null)
    {
        var tokens = s.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Text != word) continue;
            if (upos is not null) tokens[i].Upos = upos;
            if (entity is not null) tokens[i].EntityTag = entity;
            if (relation is not null) tokens[i].Relation = relation;
        }
    }

    [Fact]
    public void Tagged_adjectives_may_stand_between_a_state_and_its_agent()
    {
        var doc = Segment("Pakistan's new government met.");
        var untagged = new ActorPipe(ActorDictionaryLoader.BuiltIn);
        Tag(doc.Sentences[0], "new", upos: "ADJ");
        untagged.Process(doc);
        Assert.Contains(doc.Actors, m => m.Text == "Pakistan's new government" && m.Actor!.Code.Value == "PAKGOV");
    }

    [Fact]
    public void Entity_tags_decide_what_an_unknown_name_is()
    {
        var doc = Segment("Yesterday Talvor Industries and Mira Kessel met Germany.");
        var s = doc.Sentences[0];
        foreach (ref var t in s.Tokens.AsSpan()) t.EntityTag = "O";
        Tag(s, "Talvor", entity: "B-ORG"); Tag(s, "Industries", entity: "I-ORG");
        Tag(s, "Mira", entity: "B-PER"); Tag(s, "Kessel", entity: "I-PER");
        Tag(s, "Yesterday", entity: "O");
        new ActorPipe(ActorDictionaryLoader.BuiltIn).Process(doc);
        var org = Assert.Single(doc.Actors, m => m.Text == "Talvor Industries");
        Assert.Contains("organisation", org.How);
        Assert.Null(Assert.Single(doc.Actors, m => m.Text == "Mira Kessel").Actor);
        Assert.DoesNotContain(doc.Actors, m => m.Text == "Yesterday");
    }

    [Fact]
    public void A_state_name_inside_a_tagged_person_name_is_not_the_state()
    {
        var doc = Segment("Michael Jordan visited Jordan.");
        var s = doc.Sentences[0];
        foreach (ref var t in s.Tokens.AsSpan()) t.EntityTag = "O";
        s.Tokens[0].EntityTag = "B-PER";
        s.Tokens[1].EntityTag = "I-PER";
        s.Tokens[3].EntityTag = "B-LOC";
        new ActorPipe(ActorDictionaryLoader.BuiltIn).Process(doc);
        Assert.Null(Assert.Single(doc.Actors, m => m.Text == "Michael Jordan").Actor);
        Assert.Equal("JOR", Assert.Single(doc.Actors, m => m.Text == "Jordan").Actor!.Code.Value);
    }

    [Fact]
    public void With_two_persons_a_subject_pronoun_follows_the_subject_named_before()
    {
        var doc = Segment("Macron met Scholz in Paris. He said nothing.");
        Tag(doc.Sentences[0], "Macron", relation: "nsubj");
        Tag(doc.Sentences[0], "Scholz", relation: "obj");
        Tag(doc.Sentences[1], "He", relation: "nsubj");
        new ActorPipe(ActorDictionaryLoader.BuiltIn).Process(doc);
        Assert.Equal("Emmanuel Macron", Assert.Single(doc.Actors, m => m.Text == "He").Actor!.Name);
    }
}
