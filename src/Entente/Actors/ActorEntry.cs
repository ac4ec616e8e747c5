using Entente.Model;

namespace Entente.Actors;

/// <summary>
/// One actor of a dictionary: its canonical name, kind and roles. Immutable once built; the
/// <see cref="ActorDictionary"/> indexes its names.
/// </summary>
public sealed class ActorEntry
{
    /// <summary>Creates an entry.</summary>
    public ActorEntry(ActorKind kind, string name, IReadOnlyList<ActorRole> roles, string source,
        string? leaderOffice = null, IReadOnlyList<string>? context = null, IReadOnlyList<string>? surnames = null)
    {
        Surnames = surnames ?? [];
        Kind = kind;
        Name = name;
        Roles = roles;
        Source = source;
        LeaderOffice = leaderOffice;
        Context = context ?? [];
        Country = FindCountry(roles);
    }

    /// <summary>Position in its dictionary, set when added.</summary>
    public int Id { get; internal set; } = -1;

    /// <summary>Country, organisation, person, ...</summary>
    public ActorKind Kind { get; }

    /// <summary>Canonical name, e.g. "Iran" or "Ali Khamenei".</summary>
    public string Name { get; }

    /// <summary>Codes with the periods they apply to, in dictionary order; an undated role is the default.</summary>
    public IReadOnlyList<ActorRole> Roles { get; }

    /// <summary>Where the entry was read, <c>file:line</c>.</summary>
    public string Source { get; }

    /// <summary>For a country: the office "the Iranian leader" denotes (e.g. <c>supreme-leader</c>).</summary>
    public string? LeaderOffice { get; }

    /// <summary>For a country: codes whose mention lets its short forms ("the North") resolve to it.</summary>
    public IReadOnlyList<string> Context { get; }

    /// <summary>For a person: the surnames a later mention may use alone ("Lee" for Lee Jae-myung).</summary>
    public IReadOnlyList<string> Surnames { get; }

    /// <summary>The three-letter country part of the first role that has one, or null (IGOs, NGOs).</summary>
    public string? Country { get; }

    /// <summary>True for states and organisations that agents ("police", "forces") attach to.</summary>
    public bool IsCollective => Kind is ActorKind.Country or ActorKind.Igo;

    /// <summary>
    /// The code at <paramref name="date"/> (null date: the latest role). A dated role containing the
    /// date wins (the latest-starting one when several do, so a successor wins in a month of handover);
    /// then the undated default; a person with no role at the date is <c>ELI</c> (elite) of the
    /// country of the last role that ended before it, or the bare country before the first role.
    /// </summary>
    public ActorCodeChoice CodeAt(DateOnly? date)
    {
        ActorRole? best = null, fallback = null, lastEnded = null, first = null;
        foreach (var role in Roles)
        {
            if (role.When.IsAlways) { fallback ??= role; continue; }
            if (first is null || (role.When.From ?? DateOnly.MinValue) < (first.When.From ?? DateOnly.MinValue)) first = role;
            if (date is not { } d)
            {
                if (role.When.To is null && (best is null || role.When.From > best.When.From)) best = role;
                continue;
            }
            if (role.When.Contains(d))
            {
                if (best is null || (role.When.From ?? DateOnly.MinValue) > (best.When.From ?? DateOnly.MinValue)) best = role;
            }
            else if (role.When.To is { } t && t < d && (lastEnded is null || t > lastEnded.When.To)) lastEnded = role;
        }
        if (best is not null) return Choose(best, date is null ? "current role" : $"role {best.When}");
        if (fallback is not null) return Choose(fallback, "default code");
        if (date is null && Roles.Count > 0)
        {
            var latest = Roles.MaxBy(r => r.When.From ?? DateOnly.MinValue)!;
            return Choose(latest, "latest role (no date)");
        }
        if (Kind == ActorKind.Person && lastEnded is not null)
        {
            // A former office-holder is an elite of his country; heads of organisations keep their own country if known.
            var country = lastEnded.Code.Country is "IGO" or "NGO" ? Country ?? "" : lastEnded.Code.Country;
            return new ActorCodeChoice(new ActorCode(country + "ELI"), null, $"former: role ended {lastEnded.When.To:yyyy-MM-dd}");
        }
        if (first is not null)
            return new ActorCodeChoice(new ActorCode(first.Code.Country), null, $"no role yet at date (first from {first.When.From:yyyy-MM-dd})");
        return new ActorCodeChoice(null, null, "no code");
    }

    /// <summary>The roles held at <paramref name="date"/> that name <paramref name="office"/>.</summary>
    public bool HoldsOffice(string office, string? country, DateOnly? date)
    {
        foreach (var role in Roles)
        {
            if (role.Office != office) continue;
            if (country is not null && role.Code.Country != country) continue;
            if (date is { } d ? role.When.Contains(d) : role.When.To is null) return true;
        }
        return false;
    }

    /// <summary>True when any role of the entry names <paramref name="office"/> (at any time).</summary>
    public bool EverHeld(string office)
    {
        foreach (var role in Roles) if (role.Office == office) return true;
        return false;
    }

    private static ActorCodeChoice Choose(ActorRole role, string how) =>
        role.IsNull ? new ActorCodeChoice(null, role, how + ": not coded (---)") : new ActorCodeChoice(role.Code, role, how);

    private static string? FindCountry(IReadOnlyList<ActorRole> roles)
    {
        foreach (var r in roles)
        {
            var c = r.Code.Country;
            if (c.Length == 3 && c is not ("IGO" or "NGO" or "---" or "ELI" or "MNC" or "UIS")) return c;
        }
        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Kind})";
}

/// <summary>The code an entry carries at a date, the role it came from, and why.</summary>
public readonly record struct ActorCodeChoice(ActorCode? Code, ActorRole? Role, string How);
