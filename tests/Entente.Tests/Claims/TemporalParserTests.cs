using Entente.Claims.Time;
using Entente.Model;

namespace Entente.Tests.Claims;

public class TemporalParserTests
{
    // Thursday 6 March 2025.
    private static readonly DateOnly Published = new(2025, 3, 6);

    private static List<TimeExpression> Parse(string text, DateOnly? published = null, EventDate? anchor = null)
    {
        return new TemporalParser().Parse(text, 0, 0, published ?? Published, ref anchor);
    }

    private static TimeExpression One(string text)
    {
        var found = Parse(text);
        Assert.True(found.Count == 1, $"expected one expression in '{text}', got [{string.Join(", ", found.Select(f => f.Text))}]");
        return found[0];
    }

    [Theory]
    [InlineData("The minister spoke today.", "today", "2025-03-06", DatePrecision.Day)]
    [InlineData("They met yesterday in Hanoi.", "yesterday", "2025-03-05", DatePrecision.Day)]
    [InlineData("Talks were held this week.", "this week", "2025-03-03", DatePrecision.Week)]
    [InlineData("Exports fell last month.", "last month", "2025-02", DatePrecision.Month)]
    [InlineData("The deal was first discussed in 2019.", "2019", "2019", DatePrecision.Year)]
    [InlineData("The border was closed a decade ago.", "a decade ago", "2015", DatePrecision.Year)]
    [InlineData("They signed it two days ago.", "two days ago", "2025-03-04", DatePrecision.Day)]
    [InlineData("India and Vietnam signed the treaty on Tuesday.", "Tuesday", "2025-03-04", DatePrecision.Day)]
    [InlineData("The envoy arrived on Thursday.", "Thursday", "2025-03-06", DatePrecision.Day)]
    [InlineData("It was signed on 4 March 2025 in Hanoi.", "4 March 2025", "2025-03-04", DatePrecision.Day)]
    [InlineData("It was signed on March 4, 2025 in Hanoi.", "March 4, 2025", "2025-03-04", DatePrecision.Day)]
    [InlineData("The ships docked on 28 February.", "28 February", "2025-02-28", DatePrecision.Day)]
    [InlineData("The ministers met in November 2024.", "November 2024", "2024-11", DatePrecision.Month)]
    [InlineData("Troops left in December.", "December", "2024-12", DatePrecision.Month)]
    [InlineData("They met in the 1990s.", "the 1990s", "1990", DatePrecision.Year)]
    public void Resolves_expression_against_publication(string text, string words, string iso, DatePrecision precision)
    {
        var t = One(text);
        Assert.Equal(words, t.Text);
        Assert.Equal(iso, t.Date.ToIsoString());
        Assert.Equal(precision, t.Date.Precision);
        Assert.Equal(text.IndexOf(words, StringComparison.Ordinal), t.Span.Start);
    }

    [Fact]
    public void Last_spring_is_the_previous_years_spring_before_June()
    {
        var t = One("Talks collapsed last spring.");
        Assert.Equal(new DateOnly(2024, 3, 1), t.First);
        Assert.Equal(new DateOnly(2024, 5, 31), t.Last);
        Assert.Equal(2024, t.Date.Date!.Value.Year);
        var autumn = new TemporalParser();
        EventDate? anchor = null;
        var t2 = autumn.Parse("Talks collapsed last spring.", 0, 0, new DateOnly(2025, 10, 1), ref anchor).Single();
        Assert.Equal(new DateOnly(2025, 3, 1), t2.First);
    }

    [Fact]
    public void Future_sentences_resolve_forwards()
    {
        var t = One("The assembly will vote on Friday.");
        Assert.Equal(new DateOnly(2025, 3, 7), t.Date.Date);
        var may = One("The first batch will be delivered in May.");
        Assert.Equal("2025-05", may.Date.ToIsoString());
    }

    [Fact]
    public void Nearby_past_tense_overrides_a_future_sentence()
    {
        var found = Parse("India will deliver about 80 missiles, fewer than had been reported on Tuesday, and will vote on Friday.");
        Assert.Equal(["2025-03-04", "2025-03-07"], found.Select(f => f.Date.ToIsoString()));
    }

    [Fact]
    public void Ranges_since_within_and_by_the_end_of()
    {
        var since = One("India has supplied patrol boats since 2015.");
        Assert.Equal(TimeExpressionKind.Since, since.Kind);
        Assert.Equal("2015", since.Date.ToIsoString());

        var within = One("The missiles will be delivered within two years.");
        Assert.Equal(TimeExpressionKind.Until, within.Kind);
        Assert.Equal(Published, within.First);
        Assert.Equal("2027", within.Date.ToIsoString());
        Assert.Equal(new DateOnly(2027, 12, 31), within.Last);

        var by = One("The troops were to leave by the end of 2022.");
        Assert.Equal(TimeExpressionKind.Until, by.Kind);
        Assert.Equal("2022", by.Date.ToIsoString());
        Assert.Equal(new DateOnly(2022, 10, 1), by.First);
        Assert.Equal("the end of 2022", by.Text);
    }

    [Fact]
    public void Anaphoric_expressions_count_from_the_previous_date()
    {
        var found = Parse("The ties were upgraded in 2016, three years earlier than planned, and again a year later.");
        Assert.Equal(["2016", "three years earlier", "a year later"], found.Select(f => f.Text));
        Assert.Equal("2013", found[1].Date.ToIsoString());
        Assert.Equal("2014", found[2].Date.ToIsoString());
    }

    [Fact]
    public void Counts_are_not_years_and_numbers_in_money_are_not_dates()
    {
        Assert.Empty(Parse("The army sent 2000 troops to the border."));
        Assert.Empty(Parse("The package is worth $2015 per unit."));
        Assert.Empty(Parse("Inflation reached 45 per cent."));
    }

    [Fact]
    public void A_year_before_a_noun_modifies_it()
    {
        var t = One("The treaty supersedes the 2009 memorandum of understanding.");
        Assert.NotNull(t.ModifiedWord);
        Assert.Equal("2009 memorandum", "The treaty supersedes the 2009 memorandum of understanding."[t.ModifiedWord!.Value.Start..t.ModifiedWord.Value.End]);
        Assert.Null(One("The treaty was signed in 2009.").ModifiedWord);
    }

    [Fact]
    public void Without_a_publication_date_only_absolute_dates_resolve()
    {
        EventDate? anchor = null;
        var found = new TemporalParser().Parse("On Tuesday they recalled the 1955 pact.", 0, 0, null, ref anchor);
        Assert.Equal("1955", Assert.Single(found).Text);
    }
}
