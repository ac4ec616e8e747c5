namespace Entente.Text.Entities;

/// <summary>English word lists for the numeric entity rules, kept apart from the rules.</summary>
internal static class NumericEntityData
{
    public static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Jan.", "Feb", "Feb.", "Mar.", "Apr", "Apr.", "Jun.", "Jul.", "Aug", "Aug.", "Sep", "Sep.", "Sept", "Sept.",
        "Oct", "Oct.", "Nov", "Nov.", "Dec", "Dec.",
    };

    public static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thurs.", "Fri.", "Sat.", "Sun.",
    };

    /// <summary>Words that are a date on their own.</summary>
    public static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase) { "yesterday", "today", "tomorrow", "tonight" };

    /// <summary>Relative modifiers before a date unit or weekday ("last Tuesday", "next year").</summary>
    public static readonly HashSet<string> Relative = new(StringComparer.OrdinalIgnoreCase) { "last", "next", "this", "past", "coming", "previous", "earlier", "later" };

    public static readonly HashSet<string> DateUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "week", "weekend", "month", "year", "decade", "century", "quarter", "spring", "summer", "autumn", "fall", "winter", "morning", "evening", "night", "afternoon",
    };

    public static readonly HashSet<string> CurrencySymbols = new(StringComparer.Ordinal) { "$", "€", "£", "¥", "₹", "US$", "C$", "A$", "HK$" };

    public static readonly HashSet<string> CurrencyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan", "renminbi", "rupee", "rupees", "rouble", "roubles",
        "ruble", "rubles", "franc", "francs", "peso", "pesos", "won", "riyal", "riyals", "dinar", "dinars", "shekel", "shekels",
        "cent", "cents", "pence", "lira", "USD", "EUR", "GBP", "JPY", "CNY", "sterling",
    };

    /// <summary>Magnitude words and abbreviations that continue a number.</summary>
    public static readonly HashSet<string> Magnitudes = new(StringComparer.OrdinalIgnoreCase)
    {
        "hundred", "thousand", "million", "billion", "trillion", "bn", "m", "mn", "k", "tn", "trn", "b", "mln", "bln",
    };

    public static readonly HashSet<string> PercentWords = new(StringComparer.OrdinalIgnoreCase) { "%", "percent", "pct", "per cent", "percentage" };

    /// <summary>Number words; plural forms such as "thousands" count as CARDINAL only on their own.</summary>
    public static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen",
        "hundreds", "thousands", "millions", "billions", "dozens", "tens",
    };
}
