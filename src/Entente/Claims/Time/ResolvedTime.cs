using Entente.Model;

namespace Entente.Claims.Time;

/// <summary>What a temporal expression denotes: a date at a precision and the days it may cover.</summary>
public readonly record struct ResolvedTime(EventDate Date, DateOnly First, DateOnly Last)
{
    /// <summary>A single day.</summary>
    public static ResolvedTime OfDay(DateOnly d) => new(EventDate.OfDay(d), d, d);

    /// <summary>The week starting on the Monday of <paramref name="d"/>'s week.</summary>
    public static ResolvedTime OfWeekContaining(DateOnly d)
    {
        var monday = d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
        return new(EventDate.OfWeek(monday), monday, monday.AddDays(6));
    }

    /// <summary>A calendar month.</summary>
    public static ResolvedTime OfMonth(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new(EventDate.OfMonth(year, month), first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>A calendar year.</summary>
    public static ResolvedTime OfYear(int year) => new(EventDate.OfYear(year), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>
    /// A run of months starting at <paramref name="year"/>/<paramref name="firstMonth"/> ("last spring", "late 2020"):
    /// the date has month precision when the run is one month, else year precision (of its first month).
    /// </summary>
    public static ResolvedTime OfMonths(int year, int firstMonth, int months)
    {
        var first = new DateOnly(year, firstMonth, 1);
        var last = first.AddMonths(months).AddDays(-1);
        return months == 1 ? OfMonth(year, firstMonth) : new(EventDate.OfYear(year), first, last);
    }

    /// <summary>The days from <paramref name="first"/> to <paramref name="last"/>, dated at the coarsest precision covering both ends' calendar unit.</summary>
    public static ResolvedTime Between(DateOnly first, DateOnly last, EventDate date) => new(date, first, last);
}
