using Entente.Model;

namespace Entente.Coding.Ontology;

/// <summary>What the ontology knows about one CAMEO event code.</summary>
/// <param name="Code">The code.</param>
/// <param name="Name">Its codebook name, e.g. "Express intent to cooperate".</param>
/// <param name="Goldstein">Goldstein conflict–cooperation score, −10 to +10.</param>
/// <param name="Plover">PLOVER type and mode, null when PLOVER has no type for it (public statements, 01).</param>
/// <param name="PloverContexts">PLOVER contexts (e.g. <c>economic</c>), empty when none.</param>
public sealed record CameoEntry(CameoCode Code, string Name, double Goldstein, PloverEvent? Plover, IReadOnlyList<string> PloverContexts)
{
    /// <summary>CAMEO quad class 1–4 (verbal/material cooperation, verbal/material conflict).</summary>
    public int QuadClass => Code.QuadClass;
}
