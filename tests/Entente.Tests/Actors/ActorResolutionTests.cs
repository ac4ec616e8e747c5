namespace Entente.Tests.Actors;

public class ActorResolutionTests
{
    [Theory]
    [InlineData("Tehran rejected the proposal on Monday.", "Tehran", "IRNGOV")]
    [InlineData("The Kremlin denied the report.", "The Kremlin", "RUSGOV")]
    [InlineData("Downing Street said talks would continue.", "Downing Street", "GBRGOV")]
    [InlineData("A statement from the Élysée followed.", "the Élysée", "FRAGOV")]
    [InlineData("Beijing protested to Washington.", "Washington", "USAGOV")]
    public void Capitals_and_seats_stand_for_governments(string text, string words, string code) =>
        Assert.Equal(code, ActorTestText.Resolve(text, "2024-03-01").CodeOf(words));

    [Fact]
    public void A_capital_after_a_place_preposition_is_the_country_not_its_government()
    {
        var m = ActorTestText.Resolve("Envoys met in Tehran on Sunday.", "2024-03-01");
        Assert.Equal("IRN", m.CodeOf("Tehran"));
    }

    [Fact]
    public void Possessives_and_adjectives_combine_with_agents()
    {
        var m = ActorTestText.Resolve("Russia's foreign ministry said Russian forces had withdrawn, and Ukrainian police arrested two men.", "2023-05-01");
        Assert.Equal("RUSGOV", m.CodeOf("Russia's foreign ministry"));
        Assert.Equal("RUSMIL", m.CodeOf("Russian forces"));
        Assert.Equal("UKRCOP", m.CodeOf("Ukrainian police"));
    }

    [Fact]
    public void Possessive_mentions_cite_exact_character_spans()
    {
        const string text = "Russia's foreign minister met Iran's envoy and criticised China's navy.";
        var m = ActorTestText.Resolve(text, "2023-05-01");
        Assert.Equal("RUSGOV", m.CodeOf("Russia's foreign minister"));
        Assert.StartsWith("IRN", m.CodeOf("Iran's envoy"));
        Assert.StartsWith("CHN", m.Single(x => x.Text.StartsWith("China")).Actor!.Code.Value);
        foreach (var x in m)
        {
            Assert.Equal(x.Text, text[x.Span.Start..x.Span.End]);
            Assert.False(x.Text.EndsWith("'"), x.Text); // never half a clitic
        }
    }

    [Fact]
    public void A_generic_agent_takes_the_nearest_country()
    {
        var m = ActorTestText.Resolve("Turkey said on Friday that police had detained dozens.", "2023-05-01");
        Assert.Equal("TURCOP", m.CodeOf("police"));
    }

    [Fact]
    public void The_Iranian_leader_is_the_supreme_leader_not_the_president()
    {
        var m = ActorTestText.Resolve("The Iranian leader spoke after Iran's president returned.", "2022-01-10");
        Assert.Equal("Ali Khamenei", m.NameOf("Iranian leader"));
        Assert.Equal("Ebrahim Raisi", m.NameOf("Iran's president"));
    }

    [Fact]
    public void A_persons_code_follows_the_role_held_at_the_date()
    {
        var before = ActorTestText.Resolve("Biden spoke.", "2022-06-01");
        var after = ActorTestText.Resolve("Biden spoke.", "2026-02-01");
        Assert.Equal("USAGOV", before.CodeOf("Biden"));
        Assert.Equal("USAELI", after.CodeOf("Biden"));
    }

    [Theory]
    [InlineData("2020-06-01", "Donald Trump")]
    [InlineData("2022-06-01", "Joe Biden")]
    [InlineData("2025-03-01", "Donald Trump")]
    public void An_office_resolves_to_its_holder_at_the_date(string date, string name) =>
        Assert.Equal(name, ActorTestText.Resolve("The American president called.", date).NameOf("American president"));

    [Fact]
    public void Putin_is_prime_minister_then_president_again()
    {
        Assert.Equal("Dmitry Medvedev", ActorTestText.Resolve("The Russian president arrived.", "2010-03-01").NameOf("Russian president"));
        Assert.Equal("Vladimir Putin", ActorTestText.Resolve("The Russian president arrived.", "2015-03-01").NameOf("Russian president"));
    }

    [Fact]
    public void A_shared_surname_is_resolved_by_title_and_document()
    {
        var m = ActorTestText.Resolve(
            "President Lee welcomed Singapore's Prime Minister Lee Hsien Loong in Seoul. Later, Lee flew home.", "2009-05-01");
        Assert.Equal("Lee Myung-bak", m.NameOf("President Lee"));
        Assert.Equal("SGPGOV", m.CodeOf("Singapore's Prime Minister Lee Hsien Loong"));
        Assert.Equal("Lee Hsien Loong", m.NameOf("Lee"));
    }

    [Fact]
    public void A_shared_surname_without_context_stays_unresolved_and_is_listed()
    {
        var m = ActorTestText.Resolve("Ivanov said talks had failed.", "2003-06-01");
        var ivanov = Assert.Single(m, x => x.Text == "Ivanov");
        Assert.Null(ivanov.Actor);
        Assert.Contains("ambiguous", ivanov.How);
        Assert.Equal("Sergei Ivanov", ActorTestText.Resolve("Defence Minister Ivanov said talks had failed.", "2003-06-01").NameOf("Defence Minister Ivanov"));
    }

    [Fact]
    public void Persons_are_followed_across_sentences()
    {
        var m = ActorTestText.Resolve(
            "French President Emmanuel Macron arrived in Berlin on Tuesday. Macron said the French leader would not give way. He left at noon.",
            "2023-04-04");
        Assert.Equal("Emmanuel Macron", m.NameOf("French President Emmanuel Macron"));
        Assert.Equal("Emmanuel Macron", m.NameOf("Macron"));
        Assert.Equal("Emmanuel Macron", m.NameOf("the French leader"));
        Assert.Equal("Emmanuel Macron", m.NameOf("He"));
    }

    [Fact]
    public void A_pronoun_with_two_possible_persons_is_left_alone()
    {
        var m = ActorTestText.Resolve("Macron met Scholz in Paris. He said nothing.", "2023-04-04");
        Assert.DoesNotContain(m, x => x.Text == "He");
    }

    [Fact]
    public void The_two_presidents_are_the_last_two_presidents_named()
    {
        var m = ActorTestText.Resolve("Joe Biden met Xi Jinping in Bali. The two presidents agreed to talk again.", "2022-11-14");
        var both = m.Where(x => x.Text == "presidents").Select(x => x.Actor?.Name).ToList();
        Assert.Equal(["Joe Biden", "Xi Jinping"], both);
    }

    [Fact]
    public void Short_forms_need_the_state_in_the_article()
    {
        var korea = ActorTestText.Resolve("South Korea said the North had fired a missile.", "2023-01-01");
        Assert.Equal("PRK", korea.CodeOf("the North"));
        var gulf = ActorTestText.Resolve("Saudi Arabia raised output. The kingdom said prices were too low.", "2023-01-01");
        Assert.Equal("SAU", gulf.CodeOf("The kingdom"));
        var none = ActorTestText.Resolve("The kingdom said prices were too low.", "2023-01-01");
        Assert.DoesNotContain(none, x => x.Text == "The kingdom");
    }

    [Fact]
    public void Unknown_names_are_listed_unresolved_not_guessed()
    {
        var m = ActorTestText.Resolve("Officials from Germany met Zorbal Quenteth in Vienna.", "2023-01-01");
        var unknown = Assert.Single(m, x => x.Text == "Zorbal Quenteth");
        Assert.Null(unknown.Actor);
        Assert.Equal("DEUGOV", m.CodeOf("Officials"));
    }

    [Fact]
    public void Organisations_and_the_West_have_their_codes()
    {
        var m = ActorTestText.Resolve("NATO and the European Union urged the West to act; the UN Security Council met.", "2023-01-01");
        Assert.Equal("IGOWSTNAT", m.CodeOf("NATO"));
        Assert.Equal("IGOEUREEC", m.CodeOf("the European Union"));
        Assert.Equal("WST", m.CodeOf("the West"));
        Assert.Equal("IGOUNO", m.CodeOf("UN Security Council"));
    }

    [Fact]
    public void A_title_and_a_name_with_a_common_word_surname_need_each_other()
    {
        Assert.DoesNotContain(ActorTestText.Resolve("In May the talks resumed.", "2017-05-10"), x => x.Actor?.Name == "Theresa May");
        Assert.Equal("Theresa May", ActorTestText.Resolve("Prime Minister May resigned.", "2019-05-24").NameOf("Prime Minister May"));
    }

    [Theory]
    [InlineData("1998-06-01", "Bill Clinton")]
    [InlineData("2010-06-01", "Hillary Clinton")]
    public void A_shared_surname_goes_to_the_one_in_office_at_the_date(string date, string name) =>
        Assert.Equal(name, ActorTestText.Resolve("Clinton arrived in Beijing.", date).NameOf("Clinton"));

    [Fact]
    public void An_office_of_a_state_written_with_of()
    {
        var m = ActorTestText.Resolve("The foreign minister of Iran met the Minister of Defence of Israel.", "2023-03-01");
        Assert.Equal("Hossein Amir-Abdollahian", m.NameOf("foreign minister of Iran"));
        Assert.Equal("Yoav Gallant", m.NameOf("Minister of Defence of Israel"));
    }

    [Theory]
    [InlineData("2020-05-01", "AFGREB")]
    [InlineData("2022-05-01", "AFGGOV")]
    public void A_group_carries_its_code_at_the_date(string date, string code) =>
        Assert.Equal(code, ActorTestText.Resolve("The Taliban said talks would go on.", date).CodeOf("The Taliban"));
}
