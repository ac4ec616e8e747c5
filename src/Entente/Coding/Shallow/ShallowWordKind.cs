namespace Entente.Coding.Shallow;

/// <summary>What TABARI's shallow reading takes a word of the sentence to be.</summary>
public enum ShallowWordKind : byte
{
    /// <summary>Not in any list.</summary>
    Other,
    /// <summary>Part of an actor phrase.</summary>
    Actor,
    /// <summary>Part of an agent phrase (a role such as MINISTER, POLICE).</summary>
    Agent,
    /// <summary>Part of a verb phrase from the verbs dictionary.</summary>
    Verb,
    /// <summary>A listed noun, a verb turned noun by a determiner or capital, or a null-coded actor.</summary>
    Noun,
    /// <summary>A listed adjective.</summary>
    Adjective,
    /// <summary>A time-shifting phrase.</summary>
    Time,
    /// <summary>A, AN, THE.</summary>
    Determiner,
    /// <summary>AND, BUT, OR, NOR.</summary>
    Conjunction,
    /// <summary>A comma (or semicolon).</summary>
    Comma,
    /// <summary>HE, SHE, IT, THEY and their other cases.</summary>
    Pronoun,
}
