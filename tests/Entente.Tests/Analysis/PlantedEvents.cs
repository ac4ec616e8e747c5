using Entente.Analysis;

namespace Entente.Tests.Analysis;

/// <summary>
/// A synthetic event set with two planted blocs (West, East) over 2023–2024: cooperation inside each,
/// conflict across, 10% noise, and a planted surge of conflict between CHN and USA in June 2024.
/// </summary>
public static class PlantedEvents
{
    public static readonly string[] West = ["AUS", "DEU", "FRA", "GBR", "JPN", "USAGOV"];
    public static readonly string[] East = ["BLR", "CHNGOV", "IRN", "PRK", "RUSMIL", "SYR"];
    public static readonly DateOnly Start = new(2023, 1, 1), End = new(2024, 12, 31);
    public static readonly DateOnly ShiftMonth = new(2024, 6, 1);

    public static EventTable Build(int seed = 7, bool plantShift = true)
    {
        var rng = new Random(seed);
        var table = new EventTable();
        var all = West.Concat(East).ToArray();
        for (var day = Start; day <= End; day = day.AddDays(1))
        {
            for (int e = 0; e < 6; e++)
            {
                string a = all[rng.Next(all.Length)], b = all[rng.Next(all.Length)];
                if (a == b) continue;
                bool sameBloc = West.Contains(a) == West.Contains(b);
                bool cooperate = rng.NextDouble() < 0.9 ? sameBloc : !sameBloc;
                if (cooperate) table.Add(day, a, b, rng.Next(1, 3), 1 + rng.NextDouble() * 6);
                else table.Add(day, a, b, rng.Next(3, 5), -2 - rng.NextDouble() * 7);
            }
            if (plantShift && day.Year == ShiftMonth.Year && day.Month == ShiftMonth.Month)
                for (int e = 0; e < 3; e++) table.Add(day, e % 2 == 0 ? "CHNGOV" : "USAGOV", e % 2 == 0 ? "USAGOV" : "CHNGOV", 4, -9);
        }
        return table;
    }

    public static string Country(string code) => code[..3];
}
