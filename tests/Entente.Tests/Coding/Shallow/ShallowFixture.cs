using Entente.Coding.Shallow;
using Entente.Model;
using Entente.Text.Tokenization;

namespace Entente.Tests.Coding.Shallow;

/// <summary>A small TABARI-format dictionary we wrote for these tests, and a way to code a sentence with it.</summary>
internal static class ShallowFixture
{
    public const string Actors = """
        <NOUN>
        BOMBS
        ROCKETS
        </NOUN>
        <ADJECTIVE>
        BLACK
        WHITE
        </ADJECTIVE>
        ARNOR [ARN]
        GONDOR
        +MINAS_TIRITH
            [GON]
        ROHAN [ROH]
        ERIADOR_ [ERI]
        SARUMAN [ISN <950101] [ROHREB]
        GREY_HAVENS [---]
        SPORTS_DAY [###]
        PALANTIR [+++]
        SHIRE_COUNCIL [HOB/BUC]
        DURIN FOLK [DWF]
        ~~FINISH
        """;

    public const string Agents = """
        GOVERNMENT_ [~GOV]
        PRESIDENT_ [~GOVPRS]
        POLICE_ [~COP]
        ACTIVISTS_ [NGM~]
        """;

    public const string Verbs = """
        <SYNSETS>
        &MONEY
        +GOLD
        +SILVER_CROWNS
        </SYNSETS>
        <TIME>
        YESTERDAY [-1]
        WHEN_THE_SHIP_SAILS [###]
        </TIME>
        ATTACK [190]
        - * WITH ROCKETS [195]
        - + WAS * BY $ [191]
        ACCUSE [112]
        CRITICI [111]
        MEET [031]
        - % * [031:031]
        VISIT_ [042:043]
        SAID [010?]
        PRAISE [051!]
        GIVE [070]
        {GAVE_ GIVEN_}
        - * &MONEY [071]
        - * MILLION_DOLLARS [072]
        WARN [130]
        - $ ^ FOR * [131]
        - * AT ^ + [132]
        EXPEL [200]
        - PLAN_TO_* [201]
        FOOTBALL [###]
        FEAST [---]
        HOLD [---]
        - * TALKS [030]
        """;

    public static ShallowLexicon Lexicon()
    {
        var lexicon = new ShallowLexicon();
        ShallowLexiconReader.ReadActors(lexicon, "test.actors", Actors);
        ShallowLexiconReader.ReadAgents(lexicon, "test.agents", Agents);
        ShallowLexiconReader.ReadVerbs(lexicon, "test.verbs", Verbs);
        Assert.Empty(lexicon.Issues);
        return lexicon;
    }

    private static readonly ShallowCoder Coder = new(Lexicon());

    public static Token[] Tokens(string text)
    {
        var list = new List<Token>();
        new RuleTokenizer().Tokenize(text, new CharSpan(0, text.Length), list);
        return list.ToArray();
    }

    public static ShallowResult Code(string sentence, ShallowSettings? settings = null, DateOnly? date = null) =>
        Coder.Code([Tokens(sentence)], date ?? new DateOnly(1996, 1, 1), settings ?? new ShallowSettings { MinimumWords = 0 });

    /// <summary>The events as sorted "SRC TGT CODE" strings.</summary>
    public static string Events(string sentence, ShallowSettings? settings = null, DateOnly? date = null)
    {
        var r = Code(sentence, settings, date);
        if (r.Discarded) return "discard";
        if (r.Complex) return "complex";
        return string.Join(" | ", r.Events.Select(e => $"{e.Source} {e.Target} {e.Code}").Distinct().Order(StringComparer.Ordinal));
    }
}
