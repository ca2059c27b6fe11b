using SahkoinenPerhekeskus.Core.Editorial;

namespace SahkoinenPerhekeskus.Core.Tests.Editorial;

public sealed class SynonymRulesTests
{
    [Theory]
    [InlineData("kuraattori, koulukuraattori")]
    [InlineData("psykkari, psyka => psykologi")]
    [InlineData("masennus => mielenterveys^0.5")]
    [InlineData("rådgivning => fi:neuvola, fi:perheneuvola^0.7")]
    [InlineData("ala-aste, alakoulu")]
    public void Parse_ValidRule_IsKeptAsTyped(string line)
    {
        var list = SynonymRules.Parse(line);

        Assert.True(list.IsValid, string.Join("; ", list.Problems));
        Assert.Equal([line], list.Rules);
    }

    [Theory]
    [InlineData("neuvola", SynonymProblemKind.NotARule)]
    [InlineData("a => b => c", SynonymProblemKind.NotARule)]
    [InlineData("neuvola =>", SynonymProblemKind.NotARule)]
    [InlineData("-, --", SynonymProblemKind.NotARule)]
    [InlineData("a,,b", SynonymProblemKind.EmptyTerm)]
    [InlineData("a, b,", SynonymProblemKind.EmptyTerm)]
    [InlineData("auttava puhelin => kriisipuhelin", SynonymProblemKind.MultiWordTerm)]
    [InlineData("neuvola, Neuvola", SynonymProblemKind.DuplicateTerm)]
    [InlineData("neuvola => neuvola", SynonymProblemKind.DuplicateTerm)]
    [InlineData("fi:neuvola, lastenneuvola", SynonymProblemKind.BadTarget)]
    [InlineData("neuvola^2 => lastenneuvola", SynonymProblemKind.BadTarget)]
    [InlineData("neuvola => de:beratung", SynonymProblemKind.BadTarget)]
    [InlineData("neuvola => lastenneuvola^0", SynonymProblemKind.BadTarget)]
    [InlineData("neuvola => lastenneuvola^x", SynonymProblemKind.BadTarget)]
    [InlineData("neuvola => fi:", SynonymProblemKind.BadTarget)]
    public void Parse_BadRule_ReportsItsKindAndLine(string line, SynonymProblemKind kind)
    {
        var list = SynonymRules.Parse("# otsikko\n\n" + line);

        var problem = Assert.Single(list.Problems);
        Assert.Equal((kind, 3), (problem.Kind, problem.Line));
        Assert.Empty(list.Rules);
    }

    [Fact]
    public void Parse_OverlongLineAndWord_ReportTheirLimits()
    {
        var list = SynonymRules.Parse("a, " + new string('b', SynonymEntry.MaxRule) + "\nneuvola, " + new string('x', SynonymRules.MaxTerm + 1));

        Assert.Equal(
            [(SynonymProblemKind.TooLong, 1, SynonymEntry.MaxRule), (SynonymProblemKind.TermTooLong, 2, SynonymRules.MaxTerm)],
            list.Problems.Select(p => (p.Kind, p.Line, p.Limit)));
        Assert.All(list.Problems, p => Assert.True(p.Text.Length <= 81));
    }

    [Fact]
    public void Parse_SameRuleSpacedOrCasedDifferently_IsADuplicateOfTheFirstLine()
    {
        var list = SynonymRules.Parse("neuvola, lastenneuvola\r\nNeuvola ,lastenneuvola");

        var problem = Assert.Single(list.Problems);
        Assert.Equal((SynonymProblemKind.DuplicateLine, 2, 1), (problem.Kind, problem.Line, problem.Limit));
    }

    [Fact]
    public void Parse_BlankLinesAndComments_AreDroppedAndCrLfTrimmed()
    {
        var list = SynonymRules.Parse("\r\n  # kommentti\r\n  neuvola, lastenneuvola  \r\n\r\n");

        Assert.True(list.IsValid);
        Assert.Equal(["neuvola, lastenneuvola"], list.Rules);
    }

    [Fact]
    public void Parse_MoreThanTheLimit_ReportsTooMany()
    {
        var list = SynonymRules.Parse(string.Join('\n', Enumerable.Range(0, SynonymRules.MaxRules + 1).Select(i => $"a{i}, b{i}")));

        Assert.Equal(SynonymProblemKind.TooMany, Assert.Single(list.Problems).Kind);
    }
}
