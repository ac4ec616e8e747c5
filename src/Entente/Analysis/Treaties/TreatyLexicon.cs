using System.Text.RegularExpressions;
using Entente.Model;

namespace Entente.Analysis.Treaties;

/// <summary>
/// English words and cues of the treaty stage, kept apart from the algorithm: instrument nouns,
/// action verbs (every inflection, for text that has not been lemmatised), modality cues, phrase
/// modifiers and the clause patterns of the ATOP obligation types.
/// </summary>
public static class TreatyLexicon
{
    /// <summary>Head nouns of instruments and their kind.</summary>
    public static readonly IReadOnlyDictionary<string, TreatyKind> Nouns = Build(new (TreatyKind, string)[]
    {
        (TreatyKind.Treaty, "treaty treaties"), (TreatyKind.Pact, "pact pacts"), (TreatyKind.Alliance, "alliance alliances"),
        (TreatyKind.Agreement, "agreement agreements accord accords deal deals"), (TreatyKind.Partnership, "partnership partnerships"),
        (TreatyKind.Memorandum, "memorandum memorandums memoranda mou mous"),
        (TreatyKind.Convention, "convention conventions protocol protocols charter"), (TreatyKind.Declaration, "declaration declarations"),
        (TreatyKind.Sanctions, "sanctions embargo embargoes"),
    });

    /// <summary>Action words (forms and lemmas) and what they do to an instrument.</summary>
    public static readonly IReadOnlyDictionary<string, TreatyActionType> Actions = Build(new (TreatyActionType, string)[]
    {
        (TreatyActionType.Signed, "sign signs signed signing conclude concludes concluded concluding ink inks inked seal seals sealed " +
            "establish establishes established form forms formed forge forges forged upgrade upgrades upgraded agree agreed enter entered"),
        (TreatyActionType.Ratified, "ratify ratifies ratified ratifying ratification"),
        (TreatyActionType.Supersedes, "supersede supersedes superseded superseding replace replaces replaced replacing"),
        (TreatyActionType.Withdrawn, "withdraw withdraws withdrew withdrawn withdrawing withdrawal exit exits exited quit quits abandon abandons " +
            "abandoned abrogate abrogates abrogated terminate terminates terminated scrap scraps scrapped suspend suspends suspended renounce renounces renounced"),
        (TreatyActionType.Proposed, "propose proposes proposed negotiate negotiates negotiated negotiating"),
        (TreatyActionType.Imposed, "impose imposes imposed imposing extend extends extended tighten tightened"),
        (TreatyActionType.Lifted, "lift lifts lifted lifting ease eases eased"),
        (TreatyActionType.Rejected, "veto vetoes vetoed vetoing block blocks blocked reject rejects rejected"),
    });

    /// <summary>Words before a verb that make it future, negated or hypothetical.</summary>
    public static readonly IReadOnlyDictionary<string, Modality> ModalityCues = new Dictionary<string, Modality>(StringComparer.OrdinalIgnoreCase)
    {
        ["will"] = Modality.Future, ["shall"] = Modality.Future, ["must"] = Modality.Future, ["to"] = Modality.Future, ["expected"] = Modality.Future,
        ["plans"] = Modality.Future, ["'ll"] = Modality.Future,
        ["not"] = Modality.Negated, ["n't"] = Modality.Negated, ["never"] = Modality.Negated,
        ["would"] = Modality.Hypothetical, ["could"] = Modality.Hypothetical, ["might"] = Modality.Hypothetical, ["may"] = Modality.Hypothetical,
    };

    /// <summary>Lower-case words that may modify an instrument noun ("defence treaty", "strategic partnership").</summary>
    public static readonly IReadOnlySet<string> Modifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "defence", "defense", "security", "mutual", "strategic", "comprehensive", "trade", "arms", "nuclear", "peace", "military", "economic",
        "cooperation", "friendship", "framework", "border", "maritime", "bilateral", "trilateral", "multilateral", "joint", "new", "fresh",
        "investment", "energy", "vision", "technology", "non-aggression", "alliance", "partnership", "new", "landmark", "historic", "draft",
        "ceasefire", "cease-fire", "basing", "logistics", "intelligence", "sharing", "naval", "oil", "gas", "free", "global", "regional",
    };

    /// <summary>Words that end a clause when looking for a verb's subject.</summary>
    public static readonly IReadOnlySet<string> ClauseBoundaries = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ",", ";", ":", "that", "which", "who", "when", "while", "after", "before", "because", "although", "as", "—", "–", "\"", "“", "”",
    };

    /// <summary>Determiners that mark a phrase as referring back (definite) or as new (indefinite).</summary>
    public static readonly IReadOnlySet<string> Definite = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "the", "this", "that", "its", "their", "these", "those" };

    /// <summary>Indefinite determiners: the phrase introduces a new instrument.</summary>
    public static readonly IReadOnlySet<string> Indefinite = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "a", "an", "another", "new" };

    /// <summary>Subjects that stand for the parties of the instrument under discussion.</summary>
    public static readonly Regex PartiesPhrase = new(@"\b(?:the )?(?:two|both) (?:countries|governments|sides|leaders|nations|states|parties|capitals)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Clause cues of each obligation type (matched on sentence text, case-insensitive).</summary>
    public static readonly IReadOnlyList<(TreatyObligations Obligation, Regex Cue)> ObligationCues =
    [
        (TreatyObligations.Defence, Cue(@"\bmutual[\s-]+(?:assistance|defen[cs]e|aid)\b")),
        (TreatyObligations.Defence, Cue(@"\bcollective[\s-]+(?:defen[cs]e|security)\b")),
        (TreatyObligations.Defence, Cue(@"\bcome to (?:the other|each other|one another)(?:'s|’s|s')? (?:aid|assistance|defen[cs]e)\b")),
        (TreatyObligations.Defence, Cue(@"\battack on (?:either|any|one)\b.{0,60}?\battack on (?:both|all|each)\b")),
        (TreatyObligations.Defence, Cue(@"\bdefend (?:each other|one another)\b")),
        (TreatyObligations.Offence, Cue(@"\boffensive (?:alliance|pact|obligations?)\b")),
        (TreatyObligations.Offence, Cue(@"\bjointly attack\b|\bjoin (?:in )?(?:an? |any )?(?:attack|offensive)\b")),
        (TreatyObligations.Neutrality, Cue(@"\bneutrality\b|\bremain neutral\b")),
        (TreatyObligations.Neutrality, Cue(@"\bnot (?:to )?(?:aid|assist|help|support) (?:an?|the|any) (?:attacker|aggressor)\b")),
        (TreatyObligations.NonAggression, Cue(@"\bnon[\s-]*aggression\b")),
        (TreatyObligations.NonAggression, Cue(@"\b(?:not to|never to|never) (?:attack|use force against) (?:each other|one another)\b")),
        (TreatyObligations.NonAggression, Cue(@"\brefrain from (?:the )?(?:use of |using )?(?:force|armed force)\b")),
        (TreatyObligations.Consultation, Cue(@"\bconsult(?:s|ed|ing)?\b|\bconsultations?\b")),
    ];

    /// <summary>Words saying that a sentence is about a treaty's terms, so its cues belong to the treaty in context.</summary>
    public static readonly Regex ClauseContext = Cue(@"\b(?:clauses?|provisions?|under (?:its|the)|commits?|committed|obliges?|obligations?|pledges?|bound to|terms)\b");

    private static Regex Cue(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Dictionary<string, T> Build<T>((T Value, string Words)[] groups)
    {
        var d = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (v, words) in groups) foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries)) d[w] = v;
        return d;
    }
}
