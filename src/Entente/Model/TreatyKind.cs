namespace Entente.Model;

/// <summary>What sort of instrument binds the parties; serialised in lower case.</summary>
public enum TreatyKind
{
    /// <summary>A treaty.</summary>
    Treaty,
    /// <summary>A pact.</summary>
    Pact,
    /// <summary>An alliance.</summary>
    Alliance,
    /// <summary>An agreement, accord or deal.</summary>
    Agreement,
    /// <summary>A (strategic) partnership.</summary>
    Partnership,
    /// <summary>A memorandum of understanding.</summary>
    Memorandum,
    /// <summary>A convention, protocol or charter.</summary>
    Convention,
    /// <summary>A joint declaration or statement.</summary>
    Declaration,
    /// <summary>A sanctions regime.</summary>
    Sanctions,
}
