namespace Entente.Actors.Dictionaries;

/// <summary>The dictionary formats Entente reads.</summary>
public enum DictionaryFormat
{
    /// <summary>Our actor blocks (<c>country IRN Iran</c> + indented fields).</summary>
    EntenteActors,
    /// <summary>Our agent lines (<c>police | policemen =&gt; ~COP</c>) and word classes.</summary>
    EntenteAgents,
    /// <summary>TABARI actors: words without a trailing underscore are stems.</summary>
    TabariActors,
    /// <summary>PETRARCH2/Phoenix actors: whole words only.</summary>
    PetrarchActors,
    /// <summary>TABARI or PETRARCH2 agents (<c>POLICE_ [~COP]</c>).</summary>
    FieldAgents,
}
