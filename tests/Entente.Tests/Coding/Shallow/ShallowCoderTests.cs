using Entente.Coding.Shallow;
using static Entente.Tests.Coding.Shallow.ShallowFixture;

namespace Entente.Tests.Coding.Shallow;

public class ShallowCoderTests
{
    [Theory]
    [InlineData("Arnor accused Gondor of lying to its people.", "ARN GON 112")]
    // the target is the first actor after the verb with a code other than the source's
    [InlineData("Arnor accused Arnor's old ally Rohan of treachery.", "ARN ROH 112")]
    // with nobody after the verb, the first other actor before it
    [InlineData("Arnor's envoy to Rohan bitterly criticized the decision.", "ARN ROH 111")]
    // a verb after a determiner or with a capital inside the sentence is a noun
    [InlineData("Arnor said the attack on Gondor was a mistake.", "ARN GON 010")]
    [InlineData("Arnor said that an Attack on Gondor would follow.", "ARN GON 010")]
    public void Source_and_target_by_position(string sentence, string expected) => Assert.Equal(expected, Events(sentence));

    [Fact]
    public void Passive_voice_swaps_source_and_target()
    {
        Assert.Equal("ROH GON 112", Events("Gondor was accused by Rohan of theft on the border."));
        Assert.Equal("ROH GON 112", Events("Gondor was accused again by Rohan of theft on the border."));
        Assert.Equal("GON ROH 112", Events("Gondor accused Rohan of theft by night on the border."));
    }

    [Fact]
    public void Pattern_slots_take_the_nearest_actor_before_the_verb_and_the_first_after_it()
    {
        // "+ WAS * BY $": the target is the actor right before WAS, not the first of the sentence
        Assert.Equal("ROH GON 191", Events("Arnor said Gondor was attacked by Rohan in the night."));
        // "* AT ^ +": the first actor after AT is passed over, the next is the target
        Assert.Equal("ARN ROH 132", Events("Arnor warned at Gondor of the plans of Rohan today."));
    }

    [Fact]
    public void Longer_patterns_win_and_alternatives_count_what_they_matched()
    {
        Assert.Equal("ARN GON 195", Events("Arnor attacked Gondor with rockets and bombs today."));
        Assert.Equal("ARN GON 071", Events("Arnor will give silver crowns to Gondor very soon."));
        Assert.Equal("ARN GON 072", Events("Arnor will give a million dollars to Gondor very soon."));
        // irregular forms share the root's patterns
        Assert.Equal("ARN GON 071", Events("Arnor gave gold to Gondor on Monday last week."));
    }

    [Fact]
    public void Underscores_join_words_and_stop_stems()
    {
        Assert.Equal("ARN ROH 201", Events("Arnor plan to expel Rohan's envoys from the city."));
        // a possessive is not a verb ending: PLAN_ does not match PLAN'S
        Assert.Equal("ARN ROH 200", Events("Arnor plan's to expel Rohan's envoys from the city."));
    }

    [Fact]
    public void Paired_codes_give_both_directions()
    {
        Assert.Equal("ARN GON 042 | GON ARN 043", Events("Arnor will visit Gondor next month for talks."));
    }

    [Fact]
    public void Compounds_expand_and_a_compound_slot_pairs_its_members()
    {
        Assert.Equal("ARN GON 112 | ARN ROH 112", Events("Arnor accused Gondor and Rohan of breaking the truce."));
        Assert.Equal("ARN GON 112 | ARN ROH 112 | ERI GON 112 | ERI ROH 112", Events("Arnor and Eriador accused Gondor and Rohan of breaking the truce."));
        Assert.Equal("ARN GON 112 | ERI GON 112 | ROH GON 112", Events("Arnor, Eriador and Rohan accused Gondor of breaking the truce."));
        Assert.Equal("ARN ROH 031 | ROH ARN 031", Events("Arnor and Rohan will meet in the old capital next week."));
        // a coded compound: one phrase, several codes
        Assert.Equal("BUC GON 112 | HOB GON 112", Events("The Shire Council accused Gondor of arrogance at the moot."));
    }

    [Fact]
    public void Agents_join_the_actor_before_after_or_after_of()
    {
        Assert.Equal("ARNGOV ROH 112", Events("The Arnor government accused Rohan of arming raiders."));
        Assert.Equal("ARNGOVPRS ROHCOP 112", Events("President of Arnor accused Rohan police of arming raiders."));
        Assert.Equal("NGMARN GON 112", Events("Arnor activists accused Gondor of arming raiders at night."));
        // the code is not doubled when the actor already has the agent's part
        Assert.Equal("GONCOP", ShallowSentence.Combine("GONCOP", "~COP"));
        Assert.Equal("ARNGOVCOP", ShallowSentence.Combine("ARNGOV", "~COP"));
        // "former" makes an elite
        Assert.Equal("ARNELI GON 112", Events("The former Arnor president accused Gondor of treachery."));
    }

    [Fact]
    public void Converted_agents_stand_alone_only_when_switched_on()
    {
        Assert.Equal("", Events("The police accused the government of arming raiders at night."));
        Assert.Equal("~COP ~GOV 112", Events("The police accused the government of arming raiders at night.", new ShallowSettings { MinimumWords = 0, ConvertAgents = true }));
    }

    [Fact]
    public void Pronouns_refer_to_earlier_actors()
    {
        Assert.Equal("ARN GON 112 | ARN ROH 112", Events("Gondor and Rohan lied and Arnor accused them of theft on Monday."));
        Assert.Equal("ARN GON 112", Events("Arnor met envoys on Friday and later it accused Gondor of theft."));
    }

    [Fact]
    public void Comma_clauses_of_three_to_ten_words_are_removed_but_not_the_first()
    {
        // ", which criticized Rohan for weeks," is removed, so the first verb is ACCUSED
        Assert.Equal("ARN GON 112", Events("Arnor, which criticized Rohan for weeks, accused Gondor of theft."));
        Assert.Equal("ARN ROH 111", Events("Arnor, which criticized Rohan for weeks, accused Gondor of theft.", new ShallowSettings { MinimumWords = 0, CommaClauses = false }));
        // the clause before the first comma stays
        Assert.Equal("ARN ROH 111", Events("Arnor criticized Rohan, Gondor said on Monday in the capital."));
    }

    [Fact]
    public void Each_clause_codes_its_first_event_and_keeps_the_source()
    {
        Assert.Equal("ARN GON 112 | ARN ROH 111", Events("Arnor accused Gondor of lying and criticized Rohan for its silence."));
        Assert.Equal("ARN GON 112", Events("Arnor accused Gondor of lying and criticized Rohan for its silence.", new ShallowSettings { MinimumWords = 0, CodeBy = "SENTENCE" }));
        // compound nouns and adjectives do not split clauses
        Assert.Equal("ARN GON 195", Events("Arnor attacked Gondor with rockets and black and white bombs."));
    }

    [Fact]
    public void Subordinate_codes_only_when_nothing_else_and_dominant_codes_alone()
    {
        Assert.Equal("ARN GON 112", Events("Arnor said it accused Gondor of theft on Monday."));
        Assert.Equal("ARN GON 010", Events("Arnor said that Gondor had lied to the people of Rohan."));
        Assert.Equal("ARN GON 051", Events("Arnor accused Rohan of lying and praised Gondor.", new ShallowSettings { MinimumWords = 0, CodeBy = "ALL" }));
    }

    [Fact]
    public void Null_discard_and_complex_codes()
    {
        Assert.Equal("", Events("Arnor will feast with Gondor at the harvest festival."));
        Assert.Equal("ARN GON 030", Events("Arnor will hold talks with Gondor at the harvest festival."));
        Assert.Equal("discard", Events("Arnor beat Gondor at football in the final on Sunday."));
        Assert.Equal("discard", Events("Arnor accused Gondor of cheating at the sports day."));
        Assert.Equal("discard", Events("Arnor will attack Gondor when the ship sails from the port."));
        Assert.Equal("complex", Events("Arnor accused Gondor of stealing the palantir of Orthanc."));
        // the null-coded actor is no actor
        Assert.Equal("ARN GON 112", Events("Arnor accused Grey Havens officials of helping Gondor smugglers."));
    }

    [Fact]
    public void Dated_codes_follow_the_text_date()
    {
        Assert.Equal("ISN GON 112", Events("Saruman accused Gondor of theft at the council meeting.", date: new DateOnly(1994, 6, 1)));
        Assert.Equal("ROHREB GON 112", Events("Saruman accused Gondor of theft at the council meeting.", date: new DateOnly(1996, 6, 1)));
    }

    [Fact]
    public void Spaced_phrase_words_may_have_words_between_them()
    {
        Assert.Equal("DWF GON 112", Events("Durin's old folk accused Gondor of theft at the council."));
    }

    [Fact]
    public void Complexity_filter_and_defaults()
    {
        var s = new ShallowSettings { MinimumWords = 0, ComplexNoActorPrior = true };
        Assert.Equal("complex", Events("Yesterday accused Gondor of theft at the council meeting.", s));
        var d = new ShallowSettings { MinimumWords = 0, DefaultTarget = "WLD", DefaultTargetAfter = true };
        Assert.Equal("ARN WLD 112", Events("Arnor accused everybody of theft at the council meeting.", d));
        Assert.Equal("", Events("Arnor accused Gondor of theft.", new ShallowSettings { MinimumWords = 8 }));
        Assert.Equal("complex", Events("Arnor accused Gondor and then attacked Rohan and criticized Eriador and gave gold.", new ShallowSettings { MinimumWords = 0, ComplexVerbs = 4 }));
    }

    [Fact]
    public void Events_point_at_the_verb_token_and_pattern()
    {
        var r = Code("Arnor attacked Gondor with rockets and bombs today.");
        var e = Assert.Single(r.Events);
        Assert.Equal(1, e.Trigger);
        Assert.Contains("test.verbs:", e.Pattern);
        Assert.Contains("WITH ROCKETS", e.Pattern);
    }

    [Fact]
    public void Nonevents_code_the_first_two_actors_when_nothing_else_is_coded()
    {
        var on = new ShallowSettings { MinimumWords = 0, NonEvents = "TRUE" };
        Assert.Equal("ARN GON ***", Events("Arnor and its people looked at Gondor and Rohan across the river.", on));
        Assert.Equal("ARN GON 112", Events("Arnor accused Gondor of theft at the council meeting.", on));
        Assert.Equal("", Events("Arnor accused Gondor of theft at the council meeting.", on with { NonEvents = "ONLY" }));
        Assert.Equal("", Events("Arnor looked at the river for a long time that day.", on));
    }
}
