namespace Entente.Model;

/// <summary>
/// The obligation types of the Alliance Treaty Obligations and Provisions (ATOP) project that a
/// treaty's clauses commit its parties to; serialised as lower-case, comma-separated names.
/// </summary>
[Flags]
public enum TreatyObligations
{
    /// <summary>None found.</summary>
    None = 0,
    /// <summary>To aid a party that is attacked (mutual assistance, collective defence).</summary>
    Defence = 1,
    /// <summary>To join a party's attack.</summary>
    Offence = 2,
    /// <summary>Not to aid an attacker of a party.</summary>
    Neutrality = 4,
    /// <summary>Not to attack each other.</summary>
    NonAggression = 8,
    /// <summary>To consult in a crisis.</summary>
    Consultation = 16,
}
