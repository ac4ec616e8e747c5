namespace Entente.Model;

/// <summary>What happens to a treaty in a sentence; serialised in lower case.</summary>
public enum TreatyActionType
{
    /// <summary>Named without anything happening to it.</summary>
    Mentioned,
    /// <summary>Signed, concluded or established.</summary>
    Signed,
    /// <summary>Ratified.</summary>
    Ratified,
    /// <summary>Replaces an older instrument (named in <see cref="TreatyAction.Other"/>).</summary>
    Supersedes,
    /// <summary>Replaced by a newer instrument (named in <see cref="TreatyAction.Other"/>).</summary>
    SupersededBy,
    /// <summary>A party withdraws, or the treaty is terminated or suspended.</summary>
    Withdrawn,
    /// <summary>Proposed or under negotiation.</summary>
    Proposed,
    /// <summary>Sanctions imposed or extended.</summary>
    Imposed,
    /// <summary>Sanctions lifted or eased.</summary>
    Lifted,
    /// <summary>Vetoed, blocked or rejected.</summary>
    Rejected,
}
