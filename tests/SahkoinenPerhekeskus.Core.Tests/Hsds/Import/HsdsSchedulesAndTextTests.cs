using SahkoinenPerhekeskus.Core.Hsds.Import;

namespace SahkoinenPerhekeskus.Core.Tests.Hsds.Import;

public sealed class HsdsSchedulesAndTextTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory]
    [InlineData("MO,TU,WE,TH,FR", "08:00", "16:00", "Monday 480-960|Tuesday 480-960|Wednesday 480-960|Thursday 480-960|Friday 480-960")]
    [InlineData("SA", "09:30:00", "12:00:00", "Saturday 570-720")]
    [InlineData("SU", "00:00", "23:59", "Sunday 0-1440")]
    [InlineData("SU", "18:00", "24:00", "Sunday 1080-1440")]
    [InlineData("SU", "22:00", "02:00", "Sunday 1320-1440|Monday 0-120")]
    public void ToHours_WeeklyRule_GivesOneRowPerDay(string byday, string opens, string closes, string expected)
    {
        var warnings = new List<string>();

        var hours = HsdsSchedules.ToHours([new HsdsSchedule { Freq = "WEEKLY", Byday = byday, OpensAt = opens, ClosesAt = closes }], Today, warnings.Add);

        Assert.Equal(expected, string.Join("|", hours.Select(h => $"{h.Day} {h.OpensMinute}-{h.ClosesMinute}")));
        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData("MONTHLY", "2TU", "17:00", "19:00", null, "FREQ=MONTHLY")]
    [InlineData("WEEKLY", "MO", null, null, null, "time")]
    [InlineData("WEEKLY", "1MO", "08:00", "16:00", null, "BYDAY")]
    [InlineData("WEEKLY", "MO", "08:00+02:00", "16:00", null, "time")]
    [InlineData("WEEKLY", "MO", "08:00", "08:00", null, "interval")]
    [InlineData("WEEKLY", "MO", "08:00", "16:00", "2025-12-31", "ended")]
    public void ToHours_RuleAWeekCannotHold_IsSkippedWithWarning(string freq, string byday, string? opens, string? closes, string? validTo, string reason)
    {
        var warnings = new List<string>();

        var hours = HsdsSchedules.ToHours([new HsdsSchedule { Freq = freq, Byday = byday, OpensAt = opens, ClosesAt = closes, ValidTo = validTo }], Today, warnings.Add);

        Assert.Empty(hours);
        Assert.Contains(reason, Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void ToHours_EveryOtherWeek_IsSkipped()
    {
        var warnings = new List<string>();

        var hours = HsdsSchedules.ToHours([new HsdsSchedule { Freq = "WEEKLY", Interval = 2, Byday = "MO", OpensAt = "08:00", ClosesAt = "09:00" }], Today, warnings.Add);

        Assert.Empty(hours);
        Assert.Single(warnings);
    }

    [Theory]
    [InlineData("Äitiysneuvola seuraa raskautta. Käynneillä puhutaan synnytyksestä.", "Äitiysneuvola seuraa raskautta.")]
    [InlineData("Ohjaamo auttaa nuoria, esim. opiskelussa. Tule käymään!", "Ohjaamo auttaa nuoria, esim. opiskelussa.")]
    [InlineData("Ei pistettä lopussa", "Ei pistettä lopussa")]
    [InlineData("  ", null)]
    public void Summary_IsTheFirstSentence(string description, string? expected) =>
        Assert.Equal(expected, HsdsText.Summary(description));

    [Fact]
    public void Summary_LongSentence_IsCutAtAWordWithinTheLimit()
    {
        var summary = HsdsText.Summary(string.Join(" ", Enumerable.Repeat("sana", 80)) + ".")!;

        Assert.True(summary.Length <= HsdsText.MaxSummary);
        Assert.EndsWith("sana…", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Äitiysneuvolat, Joensuu", "9db7077e-fa1a-50b1-90ba-401c86c0b7ed", 8, "aitiysneuvolat-joensuu-9db7077e")]
    [InlineData("Kristelefon på svenska", "abc", 8, "kristelefon-pa-svenska-abc")]
    [InlineData("???", "x-1", 8, "palvelu-x1")]
    public void Slug_ReadableNameAndIdSuffix(string name, string id, int idChars, string expected) =>
        Assert.Equal(expected, HsdsText.Slug(name, id, idChars));

    [Fact]
    public void Slug_VeryLongName_StaysWithinTheColumn()
    {
        var slug = HsdsText.Slug(string.Join(" ", Enumerable.Repeat("perhepalvelut", 20)), new string('a', 64), 64);

        Assert.True(slug.Length <= 120, slug);
        Assert.EndsWith("-" + new string('a', 64), slug, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fi", null, "fi")]
    [InlineData("FI-fi", null, "fi")]
    [InlineData("swe", null, "sv")]
    [InlineData("ukr", null, "uk")]
    [InlineData(null, "English", "en")]
    [InlineData("xyz", null, null)]
    public void LanguageCode_MapsCommonForms(string? code, string? name, string? expected) =>
        Assert.Equal(expected, HsdsText.LanguageCode(new HsdsLanguage { Code = code, Name = name }));
}
