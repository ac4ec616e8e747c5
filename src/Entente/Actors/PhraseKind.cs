namespace Entente.Actors;

/// <summary>How a dictionary phrase refers to its actor or agent.</summary>
public enum PhraseKind : byte
{
    /// <summary>The actor's name or an alias ("Iran", "Islamic Republic of Iran").</summary>
    Name,
    /// <summary>An adjective ("Iranian").</summary>
    Adjective,
    /// <summary>A demonym ("Iranians").</summary>
    Demonym,
    /// <summary>The capital, standing for the government ("Tehran").</summary>
    Capital,
    /// <summary>A seat of government standing for it ("the Kremlin", "Downing Street").</summary>
    Seat,
    /// <summary>A short form valid only when context names the actor ("the kingdom", "the North").</summary>
    Short,
    /// <summary>A person's surname, resolved through the document and dates ("Lee").</summary>
    Surname,
    /// <summary>A generic agent ("police"); the target is an <see cref="AgentEntry"/>.</summary>
    Agent,
    /// <summary>A courtesy title ("Mr", "Mrs", "Dr") before a person's name.</summary>
    Honorific,
    /// <summary>A personal pronoun that may refer back to a person ("he", "she").</summary>
    Pronoun,
}

/// <summary>One thing a phrase can denote: an entry (or agent, by index) and how it denotes it.</summary>
public readonly record struct PhraseTarget(PhraseKind Kind, int Index)
{
    /// <summary>True when <see cref="Index"/> is an actor entry (not an agent or a word class).</summary>
    public bool IsActor => Kind is not (PhraseKind.Agent or PhraseKind.Honorific or PhraseKind.Pronoun);
}
