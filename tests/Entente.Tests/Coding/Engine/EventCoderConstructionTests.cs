using Entente.Coding.Engine;
using Entente.Model;
using static Entente.Tests.Coding.Engine.HandParse;

namespace Entente.Tests.Coding.Engine;

/// <summary>Every construction the coder handles, on sentences we wrote and parsed by hand.</summary>
public class EventCoderConstructionTests
{
    private static readonly EventCoder Coder = EventCoder.CreateDefault();

    private static CodingResult Code(string parse, params (string, string)[] actors)
    {
        var tokens = Tokens(parse);
        return Coder.Code(tokens, ActorsOf(tokens, actors));
    }

    [Fact]
    public void Active_verb_source_from_subject_target_from_object()
    {
        var r = Code("""
            Russia Russia PROPN 2 nsubj
            attacked attack VERB 0 root
            Ukraine Ukraine PROPN 2 obj
            . . PUNCT 2 punct
            """, ("Russia", "RUS"), ("Ukraine", "UKR"));
        Assert.Equal(["RUS UKR 190"], Triples(r));
        Assert.Equal(Modality.Asserted, r.Events[0].Modality);
        Assert.Contains("(verb default)", r.Events[0].Pattern);
    }

    [Fact]
    public void Coordinated_subjects_of_a_directed_act_do_not_act_on_each_other()
    {
        var r = Code("""
            Manila Manila PROPN 4 nsubj
            and and CCONJ 3 cc
            Tokyo Tokyo PROPN 1 conj
            welcomed welcome VERB 0 root
            the the DET 6 det
            treaty treaty NOUN 4 obj
            . . PUNCT 4 punct
            """, ("Manila", "PHL"), ("Tokyo", "JPN"));
        Assert.Equal(["JPN - 051", "PHL - 051"], Triples(r));
        // but signing is mutual, even when the parse finds one of them as the target
        r = Code("""
            India India PROPN 4 nsubj
            and and CCONJ 3 cc
            Vietnam Vietnam PROPN 1 conj
            signed sign VERB 0 root
            a a DET 6 det
            treaty treaty NOUN 4 obj
            with with ADP 8 case
            Vietnam Vietnam PROPN 4 obl
            . . PUNCT 4 punct
            """, ("India", "IND"), ("Vietnam", "VNM"), ("Vietnam", "VNM"));
        Assert.Equal(["IND VNM 057", "VNM IND 057"], Triples(r));
    }

    [Fact]
    public void A_participle_of_saying_explains_the_act_and_is_no_statement_of_its_own()
    {
        var r = Code("""
            Japan Japan PROPN 2 nsubj
            welcomed welcome VERB 0 root
            the the DET 4 det
            treaty treaty NOUN 2 obj
            , , PUNCT 6 punct
            saying say VERB 2 advcl
            it it PRON 9 nsubj
            would would AUX 9 aux
            help help VERB 6 ccomp
            . . PUNCT 2 punct
            """, ("Japan", "JPN"));
        Assert.Equal(["JPN - 051"], Triples(r));
    }

    [Fact]
    public void The_same_triple_from_two_predicates_is_two_events()
    {
        var r = Code("""
            China China PROPN 2 nsubj
            commented comment VERB 0 root
            and and CCONJ 4 cc
            stated state VERB 2 conj
            . . PUNCT 2 punct
            """, ("China", "CHN"));
        Assert.Equal(2, r.Events.Count);
    }

    [Fact]
    public void A_lead_the_parser_misreads_still_finds_its_subject_just_before_the_verb()
    {
        // "Russia on Friday vetoed ...", parsed with Russia as the root and the verb hanging off it
        var r = Code("""
            Russia Russia PROPN 0 root
            on on ADP 3 case
            Friday Friday PROPN 4 obl
            vetoed veto VERB 1 parataxis
            the the DET 6 det
            resolution resolution NOUN 4 obj
            . . PUNCT 4 punct
            """, ("Russia", "RUS"));
        Assert.Equal(["RUS - 129"], Triples(r));
    }

    [Fact]
    public void A_trailing_attribution_parsed_as_a_complement_still_reports_the_event()
    {
        // "Turkey and Greece agreed to resume talks, the minister said", with "said" hung as a ccomp of "agreed"
        var r = Code("""
            Turkey Turkey PROPN 4 nsubj
            and and CCONJ 3 cc
            Greece Greece PROPN 1 conj
            agreed agree VERB 0 root
            to to PART 6 mark
            resume resume VERB 4 xcomp
            talks talk NOUN 6 obj
            , , PUNCT 10 punct
            Minister Minister PROPN 10 nsubj
            said say VERB 4 ccomp
            . . PUNCT 4 punct
            """, ("Turkey", "TUR"), ("Greece", "GRC"), ("Minister", "TURGOV"));
        Assert.Equal(["GRC TUR 036", "TUR GRC 036"], Triples(r));
        Assert.All(r.Events, e => Assert.Equal(Modality.Reported, e.Modality));
    }

    [Fact]
    public void What_someone_is_accused_of_is_their_alleged_act()
    {
        var r = Code("""
            Russia Russia PROPN 2 nsubj
            accused accuse VERB 0 root
            Ukraine Ukraine PROPN 2 obj
            of of SCONJ 5 mark
            attacking attack VERB 2 advcl
            Belgorod Belgorod PROPN 5 obj
            . . PUNCT 2 punct
            """, ("Russia", "RUS"), ("Ukraine", "UKR"), ("Belgorod", "RUS"));
        Assert.Equal(["RUS UKR 112", "UKR RUS 190"], Triples(r));
        var attack = r.Events.Single(e => e.Code == "190");
        Assert.Equal(Modality.Reported, attack.Modality);
        Assert.Equal("RUS", attack.Speaker?.Code.Value);
    }

    [Fact]
    public void Firing_weapons_is_force_and_firing_a_minister_is_no_event()
    {
        var r = Code("""
            Israel Israel PROPN 2 nsubj
            fired fire VERB 0 root
            rockets rocket NOUN 2 obj
            at at ADP 5 case
            Lebanon Lebanon PROPN 2 obl
            . . PUNCT 2 punct
            """, ("Israel", "ISR"), ("Lebanon", "LBN"));
        Assert.Equal(["ISR LBN 194"], Triples(r));
        r = Code("""
            Iran Iran PROPN 2 nsubj
            fired fire VERB 0 root
            its its PRON 5 nmod:poss
            oil oil NOUN 5 compound
            minister minister NOUN 2 obj
            . . PUNCT 2 punct
            """, ("Iran", "IRN"));
        Assert.Empty(r.Events);
    }

    [Fact]
    public void A_lead_misread_as_a_reduced_relative_keeps_its_subject()
    {
        // "Indian police arrested two Chinese nationals", parsed as "police [who were] arrested ..."
        var r = Code("""
            Indian Indian ADJ 2 amod
            police police NOUN 0 root
            arrested arrest VERB 2 acl
            two two NUM 6 nummod
            Chinese Chinese ADJ 6 amod
            nationals national NOUN 3 obj
            . . PUNCT 2 punct
            """, ("Indian police", "INDCOP"), ("Chinese", "CHN"));
        Assert.Equal(["INDCOP CHN 173"], Triples(r));
        // a real reduced relative (no object) stays one: "the diplomats expelled by Poland"
        r = Code("""
            The the DET 2 det
            diplomats diplomat NOUN 0 root
            expelled expel VERB 2 acl
            by by ADP 5 case
            Poland Poland PROPN 3 obl
            . . PUNCT 2 punct
            """, ("Poland", "POL"));
        Assert.DoesNotContain(r.Events, e => e.Source?.Code.Value == "POL" && e.Target?.Code.Value == "POL");
    }

    [Fact]
    public void What_someone_is_called_on_to_do_is_theirs_and_only_asked_for()
    {
        var r = Code("""
            Washington Washington PROPN 2 nsubj
            called call VERB 0 root
            on on ADP 4 case
            Israel Israel PROPN 2 obl
            to to PART 6 mark
            allow allow VERB 2 advcl
            aid aid NOUN 6 obj
            into into ADP 9 case
            Gaza Gaza PROPN 7 nmod
            . . PUNCT 2 punct
            """, ("Washington", "USAGOV"), ("Israel", "ISR"), ("Gaza", "PSE"));
        var allow = r.Events.Single(e => e.Code == "086");
        Assert.Equal("ISR", allow.Source?.Code.Value);
        Assert.Equal(Modality.Hypothetical, allow.Modality);
        Assert.Contains("USAGOV ISR 020", Triples(r));
    }

    [Fact]
    public void A_trailing_attribution_parsed_as_a_conjunct_still_reports_the_event()
    {
        var r = Code("""
            Germany Germany PROPN 2 nsubj
            pledged pledge VERB 0 root
            aid aid NOUN 2 obj
            to to ADP 5 case
            Sudan Sudan PROPN 2 obl
            , , PUNCT 8 punct
            ministry ministry NOUN 8 nsubj
            said say VERB 2 conj
            . . PUNCT 2 punct
            """, ("Germany", "DEU"), ("Sudan", "SDN"), ("ministry", "DEUGOV"));
        Assert.DoesNotContain(r.Events, e => e.Code == "010");
        Assert.All(r.Events, e => Assert.Equal(Modality.Reported, e.Modality));
        // with "and" it is a second act, not an attribution
        r = Code("""
            Germany Germany PROPN 2 nsubj
            pledged pledge VERB 0 root
            aid aid NOUN 2 obj
            to to ADP 5 case
            Sudan Sudan PROPN 2 obl
            and and CCONJ 7 cc
            said say VERB 2 conj
            . . PUNCT 2 punct
            """, ("Germany", "DEU"), ("Sudan", "SDN"));
        Assert.Contains(r.Events, e => e.Code != "010" && e.Modality == Modality.Asserted);
    }

    [Fact]
    public void A_state_and_its_own_government_make_no_event()
    {
        var r = Code("""
            China China PROPN 2 nsubj
            criticized criticize VERB 0 root
            its its PRON 4 nmod:poss
            government government NOUN 2 obj
            . . PUNCT 2 punct
            """, ("China", "CHN"), ("government", "CHNGOV"));
        Assert.Empty(Triples(r));
        // but a state and another part of it do: CAMEO codes domestic conflict
        r = Code("""
            China China PROPN 2 nsubj
            criticized criticize VERB 0 root
            the the DET 4 det
            opposition opposition NOUN 2 obj
            . . PUNCT 2 punct
            """, ("China", "CHN"), ("opposition", "CHNOPP"));
        Assert.Equal(["CHN CHNOPP 111"], Triples(r));
    }

    [Fact]
    public void Event_noun_in_object_selects_pattern_and_target_comes_from_prepositional_argument()
    {
        var r = Code("""
            Japan Japan PROPN 2 nsubj
            imposed impose VERB 0 root
            sanctions sanction NOUN 2 obj
            on on ADP 5 case
            Russia Russia PROPN 2 obl
            . . PUNCT 2 punct
            """, ("Japan", "JPN"), ("Russia", "RUS"));
        Assert.Equal(["JPN RUS 163"], Triples(r));
        Assert.StartsWith("entente.verbs:", r.Events[0].Pattern);
    }

    [Fact]
    public void Particle_verb_with_pattern_over_its_infinitive_codes_once()
    {
        var r = Code("""
            China China PROPN 2 nsubj
            called call VERB 0 root
            on on ADP 4 case
            Japan Japan PROPN 2 obl
            to to PART 6 mark
            release release VERB 2 xcomp
            the the DET 8 det
            fishermen fisherman NOUN 6 obj
            . . PUNCT 2 punct
            """, ("China", "CHN"), ("Japan", "JPN"));
        Assert.Equal(["CHN JPN 0253"], Triples(r));
    }

    [Fact]
    public void Passive_source_from_agent_target_from_subject()
    {
        var r = Code("""
            Ukraine Ukraine PROPN 3 nsubj:pass
            was be AUX 3 aux:pass
            attacked attack VERB 0 root
            by by ADP 5 case
            Russia Russia PROPN 3 obl:agent
            . . PUNCT 3 punct
            """, ("Ukraine", "UKR"), ("Russia", "RUS"));
        Assert.Equal(["RUS UKR 190"], Triples(r));
    }

    [Fact]
    public void Compound_source_gives_one_event_per_actor()
    {
        var r = Code("""
            Russia Russia PROPN 4 nsubj
            and and CCONJ 3 cc
            China China PROPN 1 conj
            condemned condemn VERB 0 root
            the the DET 7 det
            United United PROPN 7 compound
            States States PROPN 4 obj
            . . PUNCT 4 punct
            """, ("Russia", "RUS"), ("China", "CHN"), ("United States", "USA"));
        Assert.Equal(["CHN USA 111", "RUS USA 111"], Triples(r));
    }

    [Fact]
    public void Compound_target_and_conjoined_verbs_sharing_the_subject()
    {
        var r = Code("""
            Iran Iran PROPN 2 nsubj
            condemned condemn VERB 0 root
            Israel Israel PROPN 2 obj
            and and CCONJ 7 cc
            the the DET 7 det
            United United PROPN 7 compound
            States States PROPN 3 conj
            and and CCONJ 9 cc
            threatened threaten VERB 2 conj
            Saudi Saudi PROPN 11 compound
            Arabia Arabia PROPN 9 obj
            . . PUNCT 2 punct
            """, ("Iran", "IRN"), ("Israel", "ISR"), ("United States", "USA"), ("Saudi Arabia", "SAU"));
        Assert.Equal(["IRN ISR 111", "IRN SAU 130", "IRN USA 111"], Triples(r));
    }

    [Fact]
    public void Reported_speech_keeps_the_speaker_and_drops_the_saying()
    {
        var r = Code("""
            Russia Russia PROPN 2 nsubj
            said say VERB 0 root
            China China PROPN 5 nsubj
            would would AUX 5 aux
            attack attack VERB 2 ccomp
            Taiwan Taiwan PROPN 5 obj
            . . PUNCT 2 punct
            """, ("Russia", "RUS"), ("China", "CHN"), ("Taiwan", "TWN"));
        var e = Assert.Single(r.Events);
        Assert.Equal("CHN TWN 190", $"{e.Source!.Code} {e.Target!.Code} {e.Code}");
        Assert.Equal(Modality.Reported, e.Modality);
        Assert.Equal("RUS", e.Speaker!.Code.Value);
    }

    [Fact]
    public void Negation_marks_the_event_negated()
    {
        var r = Code("""
            India India PROPN 4 nsubj
            did do AUX 4 aux
            not not PART 4 advmod
            sign sign VERB 0 root
            the the DET 6 det
            agreement agreement NOUN 4 obj
            with with ADP 8 case
            Pakistan Pakistan PROPN 6 nmod
            . . PUNCT 4 punct
            """, ("India", "IND"), ("Pakistan", "PAK"));
        Assert.Equal(["IND PAK 057"], Triples(r));
        Assert.Equal(Modality.Negated, r.Events[0].Modality);
    }

    [Fact]
    public void Modal_of_possibility_is_hypothetical()
    {
        var r = Code("""
            Japan Japan PROPN 3 nsubj
            could could AUX 3 aux
            impose impose VERB 0 root
            sanctions sanction NOUN 3 obj
            on on ADP 6 case
            China China PROPN 3 obl
            . . PUNCT 3 punct
            """, ("Japan", "JPN"), ("China", "CHN"));
        Assert.Equal(["JPN CHN 163"], Triples(r));
        Assert.Equal(Modality.Hypothetical, r.Events[0].Modality);
    }

    [Fact]
    public void Will_is_future_and_paired_codes_give_both_directions()
    {
        var r = Code("""
            Turkey Turkey PROPN 3 nsubj
            will will AUX 3 aux
            host host VERB 0 root
            Iran Iran PROPN 3 obj
            . . PUNCT 3 punct
            """, ("Turkey", "TUR"), ("Iran", "IRN"));
        Assert.Equal(["IRN TUR 042", "TUR IRN 043"], Triples(r));
        Assert.All(r.Events, e => Assert.Equal(Modality.Future, e.Modality));
    }

    [Fact]
    public void Conditional_clause_is_hypothetical_and_its_host_is_not()
    {
        var r = Code("""
            Israel Israel PROPN 3 nsubj
            will will AUX 3 aux
            strike strike VERB 0 root
            Iran Iran PROPN 3 obj
            if if SCONJ 7 mark
            Iran Iran PROPN 7 nsubj
            attacks attack VERB 3 advcl
            Israel Israel PROPN 7 obj
            . . PUNCT 3 punct
            """, ("Israel", "ISR"), ("Iran", "IRN"), ("Iran", "IRN"), ("Israel", "ISR"));
        Assert.Equal(["IRN ISR 190", "ISR IRN 190"], Triples(r));
        Assert.Equal(Modality.Future, r.Events.Single(e => e.Source!.Code.Value == "ISR").Modality);
        Assert.Equal(Modality.Hypothetical, r.Events.Single(e => e.Source!.Code.Value == "IRN").Modality);
    }

    [Fact]
    public void Threatened_to_codes_the_threat_not_the_attack()
    {
        var r = Code("""
            Russia Russia PROPN 2 nsubj
            threatened threaten VERB 0 root
            to to PART 4 mark
            attack attack VERB 2 xcomp
            Ukraine Ukraine PROPN 4 obj
            . . PUNCT 2 punct
            """, ("Russia", "RUS"), ("Ukraine", "UKR"));
        Assert.Equal(["RUS UKR 1384"], Triples(r));
    }

    [Fact]
    public void Intention_makes_the_intended_event_future()
    {
        var r = Code("""
            Russia Russia PROPN 2 nsubj
            plans plan VERB 0 root
            to to PART 4 mark
            visit visit VERB 2 xcomp
            China China PROPN 4 obj
            . . PUNCT 2 punct
            """, ("Russia", "RUS"), ("China", "CHN"));
        Assert.Equal(["CHN RUS 043", "RUS CHN 042"], Triples(r));
        Assert.All(r.Events, e => Assert.Equal(Modality.Future, e.Modality));
    }

    [Fact]
    public void Nominal_event_with_possessor_and_destination()
    {
        var r = Code("""
            Modi Modi PROPN 3 nmod:poss
            's 's PART 1 case
            visit visit NOUN 6 nsubj
            to to ADP 5 case
            Moscow Moscow PROPN 3 nmod
            ended end VERB 0 root
            on on ADP 8 case
            Tuesday Tuesday PROPN 6 obl
            . . PUNCT 6 punct
            """, ("Modi", "IND"), ("Moscow", "RUS"));
        Assert.Equal(["IND RUS 042", "RUS IND 043"], Triples(r));
        Assert.Contains("noun VISIT", r.Events[0].Pattern);
    }

    [Fact]
    public void Nominal_event_between_coordinated_actors()
    {
        var r = Code("""
            The the DET 2 det
            talks talk NOUN 7 nsubj
            between between ADP 4 case
            Russia Russia PROPN 2 nmod
            and and CCONJ 6 cc
            China China PROPN 4 conj
            ended end VERB 0 root
            . . PUNCT 7 punct
            """, ("Russia", "RUS"), ("China", "CHN"));
        Assert.Equal(["CHN RUS 040", "RUS CHN 040"], Triples(r));
    }

    [Fact]
    public void Held_talks_by_coordinated_actors_is_mutual()
    {
        var r = Code("""
            Russia Russia PROPN 4 nsubj
            and and CCONJ 3 cc
            Ukraine Ukraine PROPN 1 conj
            held hold VERB 0 root
            talks talk NOUN 4 obj
            in in ADP 7 case
            Istanbul Istanbul PROPN 4 obl
            . . PUNCT 4 punct
            """, ("Russia", "RUS"), ("Ukraine", "UKR"));
        Assert.Equal(["RUS UKR 040", "UKR RUS 040"], Triples(r));
    }

    [Fact]
    public void Pattern_on_object_words_without_a_target()
    {
        var r = Code("""
            China China PROPN 2 nsubj
            sent send VERB 0 root
            troops troop NOUN 2 obj
            to to ADP 6 case
            the the DET 6 det
            border border NOUN 2 obl
            . . PUNCT 2 punct
            """, ("China", "CHN"));
        Assert.Equal(["CHN - 154"], Triples(r));
    }

    [Fact]
    public void Nominal_without_actors_and_uncoded_sentences_produce_nothing()
    {
        var signing = Code("""
            The the DET 2 det
            signing signing NOUN 7 nsubj:pass
            of of ADP 5 case
            the the DET 5 det
            accord accord NOUN 2 nmod
            was be AUX 7 aux:pass
            delayed delay VERB 0 root
            . . PUNCT 7 punct
            """);
        Assert.Empty(signing.Events);
        var has = Code("""
            Russia Russia PROPN 2 nsubj
            has have VERB 0 root
            a a DET 5 det
            large large ADJ 5 amod
            population population NOUN 2 obj
            . . PUNCT 2 punct
            """, ("Russia", "RUS"));
        Assert.Empty(has.Events);
        Assert.False(has.Discarded);
    }

    [Fact]
    public void Patterns_of_the_saying_verb_do_not_take_the_reported_event()
    {
        var r = Code("""
            France France PROPN 2 nsubj
            said say VERB 0 root
            Japan Japan PROPN 4 nsubj
            imposed impose VERB 2 ccomp
            sanctions sanction NOUN 4 obj
            on on ADP 7 case
            Russia Russia PROPN 4 obl
            . . PUNCT 2 punct
            """, ("France", "FRA"), ("Japan", "JPN"), ("Russia", "RUS"));
        var e = Assert.Single(r.Events);
        Assert.Equal("JPN RUS 163", $"{e.Source!.Code} {e.Target!.Code} {e.Code}");
        Assert.Equal(Modality.Reported, e.Modality);
        Assert.Equal("FRA", e.Speaker!.Code.Value);
    }
}
