using SahkoinenPerhekeskus.Search.Analysis;
using SahkoinenPerhekeskus.Search.Analysis.Voikko;

namespace SahkoinenPerhekeskus.Search.Tests.Analysis;

/// <summary>Parsing of Voikko's WORDBASES/STRUCTURE, independent of the native library.</summary>
public sealed class VoikkoWordParserTests
{
    [Fact]
    public void Build_DerivedCompound_GivesPartsSubCompoundsAndHead()
    {
        var analysis = new RawAnalysis("mielenterveyspalvelu", "+mielen(mieli)+terve(terve)+ys(+ys)+palvel(palvella)+u(+u)", "=pppppp=ppppppp=pppppppp", "nimisana", null);

        var terms = VoikkoWordParser.Build([analysis]).Terms;

        Assert.Contains(new AnalysedTerm("mielenterveyspalvelu", TermKind.Base), terms);
        Assert.Contains(new AnalysedTerm("mieli", TermKind.Part), terms);
        Assert.Contains(new AnalysedTerm("terveys", TermKind.Part), terms);
        Assert.Contains(new AnalysedTerm("palvelu", TermKind.Head), terms);
        Assert.Contains(new AnalysedTerm("mielenterveys", TermKind.SubCompound), terms);
        Assert.Contains(new AnalysedTerm("palvella", TermKind.Derivation), terms);
    }

    [Fact]
    public void Build_AmbiguousWord_SplitsOnlyTheAnalysesWithFewestParts()
    {
        var analyses = new[]
        {
            new RawAnalysis("perheneuvolapsi", "+perhe(perhe)+neuvo(neuvo)+lapsi(lapsi)", "=ppppp=ppppp=ppppp", "nimisana", null),
            new RawAnalysis("perheneuvola", "+perhe(perhe)+neuvola(neuvola)", "=ppppp=pppppppppp", "nimisana", null),
        };

        var terms = VoikkoWordParser.Build(analyses).Terms.Select(t => t.Text).ToList();

        Assert.Contains("perheneuvola", terms);
        Assert.Contains("neuvola", terms);
        Assert.DoesNotContain("lapsi", terms);
        Assert.DoesNotContain("neuvo", terms);
    }

    [Fact]
    public void Build_DerivedModifier_UsesSuffixBase()
    {
        var analysis = new RawAnalysis("kouluterveydenhoitaja", "+koulu(koulu)+terve(terve)+yden(+ys)+hoita(hoitaa)+ja(+ja)", "=ppppp=ppppppppp=ppppppp", "nimisana", null);

        var terms = VoikkoWordParser.Build([analysis]).Terms.Select(t => t.Text).ToList();

        Assert.Contains("terveys", terms);
        Assert.Contains("hoitaja", terms);
        Assert.Contains("terveydenhoitaja", terms);
        Assert.Contains("kouluterveys", terms);
    }

    [Fact]
    public void Decompose_PlaceName_IsNotSplit()
    {
        var analysis = new RawAnalysis("Joensuu", "+Joensuu(Joen=suu)", "=ippp=pppppp", "paikannimi", null);

        Assert.Single(VoikkoWordParser.Decompose(analysis));
    }

    [Fact]
    public void Decompose_LexicalisedCompound_KeepsItWhole()
    {
        var analysis = new RawAnalysis("maahanmuuttajaperhe", "+maahanmuuttaja(maahan=muuttaja)+perhe(perhe)", "=pppppp=pppppppp=ppppp", "nimisana", null);

        var parts = VoikkoWordParser.Decompose(analysis).Select(c => c.Base).ToList();

        Assert.Equal(["maahanmuuttaja", "perhe"], parts);
    }
}
