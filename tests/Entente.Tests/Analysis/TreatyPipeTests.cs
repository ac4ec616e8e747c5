using Entente.Analysis.Treaties;
using Entente.Model;

namespace Entente.Tests.Analysis;

public class TreatyPipeTests
{
    private static readonly DateOnly Tuesday = new(2025, 3, 4);

    private static List<TreatyMention> Run(string text, DateOnly? published = null)
    {
        var doc = TreatyDocs.Make(text, published ?? Tuesday);
        new TreatyPipe().Process(doc);
        return doc.Treaties;
    }

    private static string[] Parties(TreatyMention t) => t.Parties.Select(p => p.Code.Value).OrderBy(c => c, StringComparer.Ordinal).ToArray();

    [Fact]
    public void Signing_with_a_mutual_assistance_commitment()
    {
        var t = Assert.Single(Run("India and Vietnam signed a defence treaty in Hanoi on Tuesday that commits each to come to the other's aid if attacked."));
        Assert.Equal(TreatyKind.Treaty, t.Kind);
        Assert.Equal("defence treaty", t.Name);
        Assert.Equal(["IND", "VNM"], Parties(t));
        var signed = Assert.Single(t.Actions, a => a.Type == TreatyActionType.Signed);
        Assert.Equal(EventDate.OfDay(Tuesday), signed.Date);
        Assert.Equal(Modality.Asserted, signed.Modality);
        Assert.Equal(TreatyObligations.Defence, t.Obligations);
        Assert.Equal(t.Date, EventDate.OfDay(Tuesday));
    }

    [Fact]
    public void Superseding_an_older_instrument_links_both_and_keeps_the_parties()
    {
        var treaties = Run("India and Vietnam signed a defence treaty on Tuesday. " +
                           "The Hanoi Defence Treaty supersedes the 2009 memorandum of understanding on defence cooperation, officials said.");
        Assert.Equal(2, treaties.Count);
        var hanoi = treaties.Single(t => t.Named);
        Assert.Equal("Hanoi Defence Treaty", hanoi.Name);
        Assert.Equal(["IND", "VNM"], Parties(hanoi));
        Assert.Equal([0, 1], hanoi.Sentences);
        var old = treaties.Single(t => t.Kind == TreatyKind.Memorandum);
        Assert.Equal("memorandum of understanding on defence cooperation", old.Name[5..]);
        Assert.Equal(EventDate.OfYear(2009), old.Date);
        Assert.Contains(hanoi.Actions, a => a.Type == TreatyActionType.Supersedes && a.Other == old.Name && a.Sentence == 1);
        Assert.Contains(old.Actions, a => a.Type == TreatyActionType.SupersededBy && a.Other == hanoi.Name);
        Assert.Equal(["IND", "VNM"], Parties(old));
    }

    [Fact]
    public void Clause_in_a_later_sentence_belongs_to_the_treaty_in_force()
    {
        var treaties = Run("India and Vietnam signed a defence treaty on Tuesday. " +
                           "The Hanoi Defence Treaty supersedes the 2009 memorandum and a 2015 joint vision statement. " +
                           "Under its mutual-assistance clause, an armed attack on either party \"shall be considered an attack on both\", " +
                           "and the two governments will consult immediately if either is threatened.");
        var hanoi = treaties.Single(t => t.Named);
        Assert.Equal(TreatyObligations.Defence | TreatyObligations.Consultation, hanoi.Obligations);
        Assert.All(hanoi.Clauses, c => Assert.Equal(2, c.Sentence));
        Assert.Equal(2, hanoi.Clauses.Count);
        Assert.Equal(2, treaties.Count(t => t.Actions.Any(a => a.Type == TreatyActionType.SupersededBy)));
        Assert.Contains(treaties, t => t.Kind == TreatyKind.Declaration && t.Date == EventDate.OfYear(2015));
        Assert.All(treaties.Where(t => !t.Named), t => Assert.Equal(TreatyObligations.None, t.Obligations));
    }

    [Fact]
    public void Withdrawal_names_the_withdrawing_party()
    {
        var t = Assert.Single(Run("The United States withdrew from the Intermediate-Range Nuclear Forces Treaty with Russia in 2019."));
        Assert.True(t.Named);
        Assert.Equal("Intermediate-Range Nuclear Forces Treaty", t.Name);
        Assert.Equal(["RUS", "USA"], Parties(t));
        var w = Assert.Single(t.Actions);
        Assert.Equal(TreatyActionType.Withdrawn, w.Type);
        Assert.Equal("USA", w.Actor!.Code.Value);
        Assert.Equal(EventDate.OfYear(2019), w.Date);
    }

    [Fact]
    public void Ratification_still_to_come_is_future_and_names_the_ratifier()
    {
        var treaties = Run("India and Vietnam signed a defence treaty on Tuesday. The treaty must now be ratified by Vietnam's National Assembly.");
        var t = Assert.Single(treaties);
        var r = Assert.Single(t.Actions, a => a.Type == TreatyActionType.Ratified);
        Assert.Equal(Modality.Future, r.Modality);
        Assert.Equal(EventDate.Unknown, r.Date);
        Assert.Equal("VNM", r.Actor!.Code.Value);
    }

    [Fact]
    public void Non_aggression_and_neutrality_with_an_explicit_date()
    {
        var t = Assert.Single(Run("Thailand and Cambodia signed a non-aggression pact on 12 May 2024, pledging to remain neutral if either is attacked."));
        Assert.Equal(TreatyKind.Pact, t.Kind);
        Assert.Equal(["KHM", "THA"], Parties(t));
        Assert.Equal(TreatyObligations.NonAggression | TreatyObligations.Neutrality, t.Obligations);
        Assert.Equal(EventDate.OfDay(new DateOnly(2024, 5, 12)), t.Date);
    }

    [Fact]
    public void Critics_of_a_treaty_are_not_its_parties()
    {
        var t = Assert.Single(Run("China on Wednesday condemned the defence treaty signed by India and Vietnam."));
        Assert.Equal(["IND", "VNM"], Parties(t));
        var signed = t.Actions.Single();
        Assert.Equal(TreatyActionType.Signed, signed.Type);
        Assert.Equal(EventDate.Unknown, signed.Date); // Wednesday is when China condemned it
    }

    [Fact]
    public void Sanctions_have_imposers_a_target_and_vetoes()
    {
        var imposed = Assert.Single(Run("The European Union imposed new sanctions on Iran on Monday."));
        Assert.Equal(TreatyKind.Sanctions, imposed.Kind);
        Assert.Equal(["IGOEU"], Parties(imposed));
        Assert.Equal("IRN", imposed.Target!.Code.Value);
        Assert.Equal(EventDate.OfDay(new DateOnly(2025, 3, 3)), imposed.Actions.Single().Date);

        var vetoed = Assert.Single(Run("Russia vetoed sanctions on North Korea."));
        Assert.Empty(vetoed.Parties);
        Assert.Equal("PRK", vetoed.Target!.Code.Value);
        var veto = vetoed.Actions.Single();
        Assert.Equal(TreatyActionType.Rejected, veto.Type);
        Assert.Equal("RUS", veto.Actor!.Code.Value);
    }

    [Fact]
    public void Sentences_without_instruments_give_nothing()
    {
        Assert.Empty(Run("India's prime minister arrived in Hanoi on Monday. The two leaders held talks on maritime security, trade and energy. " +
                         "We need to deal with the situation, and we are in agreement on that."));
    }

    [Fact]
    public void A_later_clause_goes_to_the_most_recently_discussed_instrument()
    {
        var treaties = Run("India and Vietnam signed a defence treaty on Tuesday, the most far-reaching security agreement either has concluded. " +
                           "The Hanoi Defence Treaty supersedes the 2009 memorandum. " +
                           "Under its mutual-assistance clause, the two governments will consult immediately if either is threatened.");
        var hanoi = treaties.Single(t => t.Named);
        Assert.Equal(TreatyObligations.Defence | TreatyObligations.Consultation, hanoi.Obligations);
        Assert.All(treaties.Where(t => t != hanoi), t => Assert.Equal(TreatyObligations.None, t.Obligations));
    }

    [Fact]
    public void Parties_are_states_and_hyphen_split_names_stay_whole()
    {
        var doc = TreatyDocs.Make("The two governments concluded an arms - for - technology agreement. India and Vietnam signed a pact.", Tuesday);
        doc.Actors.Clear();
        var s1 = doc.Sentences[1];
        doc.Actors.Add(new ActorMention(1, 0, 1, s1.Tokens[0].Span, "India", new ActorRef(new ActorCode("INDGOV"), "Indian government", "IND", "India"), "test"));
        doc.Actors.Add(new ActorMention(1, 2, 1, s1.Tokens[2].Span, "Vietnam", new ActorRef(new ActorCode("VNMLEG"), null, "VNM", "Vietnam"), "test"));
        new TreatyPipe().Process(doc);
        Assert.Equal("arms - for - technology agreement", doc.Treaties[0].Name);
        Assert.Equal(["IND", "VNM"], Parties(doc.Treaties[1]));
    }
}
