using SahkoinenPerhekeskus.Core.Feedback;

namespace SahkoinenPerhekeskus.Core.Tests.Feedback;

public sealed class PersonalDataScrubberTests
{
    private const string Id = PersonalDataScrubber.IdentityCodeMarker;
    private const string Phone = PersonalDataScrubber.PhoneMarker;
    private const string Email = PersonalDataScrubber.EmailMarker;
    private const string Address = PersonalDataScrubber.AddressMarker;

    // Valid codes, one per century sign; the check characters were computed by hand (DDMMYYZZZ mod 31).
    public static TheoryData<string> ValidIdentityCodes => new()
    {
        "120345+112C", "131052-308T", "010190Y123M", "020291X234X", "030392W3457", "040493V456H", "050594U567T",
        "061005A789N", "071106B890M", "081207C123L", "091208D2343", "101109E345S", "111010F456E",
    };

    [Theory]
    [MemberData(nameof(ValidIdentityCodes))]
    public void Scrub_ValidIdentityCodeWithEachCenturySign_IsReplaced(string code)
    {
        var result = PersonalDataScrubber.Scrub($"Lapsen hetu on {code}, kiitos.");

        Assert.Equal($"Lapsen hetu on {Id}, kiitos.", result.Text);
        Assert.Equal(PersonalData.IdentityCode, result.Found);
    }

    [Theory]
    [MemberData(nameof(ValidIdentityCodes))]
    public void Scrub_IdentityCodeWithWrongCheckCharacter_IsStillReplaced(string code)
    {
        // A mistyped code is still somebody's code: the check character is not required to match.
        var wrong = code[..^1] + (code[^1] == 'Z' ? 'Y' : 'Z');

        Assert.Equal(Id, PersonalDataScrubber.Scrub(wrong).Text);
    }

    [Theory]
    [MemberData(nameof(ValidIdentityCodes))]
    public void Scrub_IdentityCodeWithImpossibleDate_IsLeftAlone(string code)
    {
        // The 31st of February does not exist in any century, so this is not a henkilötunnus.
        var impossible = "310290" + code[6..];

        Assert.Equal(impossible, PersonalDataScrubber.Scrub(impossible).Text);
    }

    [Theory]
    [InlineData("Soita 040 123 4567", "Soita " + Phone)]
    [InlineData("numero 0401234567.", "numero " + Phone + ".")]
    [InlineData("puh.040-1234567", "puh." + Phone)]
    [InlineData("050 123 45 67 iltaisin", Phone + " iltaisin")]
    [InlineData("+358 40 123 4567", Phone)]
    [InlineData("+358401234567", Phone)]
    [InlineData("+358 (0)40 123 4567", Phone)]
    [InlineData("00358 40 1234567", Phone)]
    [InlineData("(013) 123 4567", Phone)]
    [InlineData("09 1234 5678", Phone)]
    [InlineData("0800 123 456 on maksuton", Phone + " on maksuton")]
    [InlineData("0800 12345", Phone)]
    [InlineData("vaihde 020 634 0000", "vaihde " + Phone)]
    [InlineData("matti.meikalainen@example.fi", Email)]
    [InlineData("Kirjoita info+lapset@kunta.example.com kiitos", "Kirjoita " + Email + " kiitos")]
    [InlineData("nimi (at) example.fi", Email)]
    [InlineData("Asun Koulukatu 5 B 12 Joensuussa", "Asun " + Address + " Joensuussa")]
    [InlineData("Rantatie 3 as. 4", Address)]
    [InlineData("Kauppakadulla 12 A on ovi", Address + " on ovi")]
    [InlineData("Storgatan 10 A 5", Address)]
    [InlineData("bor på Skolvägen 3", "bor på " + Address)]
    [InlineData("at 221 Baker Street", "at " + Address)]
    [InlineData("Soita 040 123 4567 tai a.b@c.fi", "Soita " + Phone + " tai " + Email)]
    [InlineData("131052-308t pienellä", Id + " pienellä")]
    public void Scrub_PersonalData_IsReplaced(string input, string expected)
    {
        Assert.Equal(expected, PersonalDataScrubber.Scrub(input).Text);
    }

    [Theory]
    [InlineData("Neuvola oli tosi hyvä, kiitos!")]
    [InlineData("Hätänumero on 112.")]
    [InlineData("Päivystysapu 116 117 vastasi heti.")]
    [InlineData("Avoinna ma–pe 8-16 ja klo 08.00-16.00.")]
    [InlineData("Postinumero 80100 Joensuu")]
    [InlineData("Maksu oli 0,50 euroa.")]
    [InlineData("Kävin 12.3.2024 ja 01.02.2025.")]
    [InlineData("Noin 1 500 perhettä vuonna 2024.")]
    [InlineData("Lapsi on 3-vuotias ja odotin 20 minuuttia.")]
    [InlineData("Tie neuvolaan oli vaikea löytää.")]
    [InlineData("Katu oli suljettu 2 viikkoa.")]
    [InlineData("Seuraa meitä @perhekeskus")]
    [InlineData("131052G308T ei ole hetu")]
    [InlineData("1310521-308T")]
    [InlineData("131052-30T")]
    public void Scrub_TextWithoutPersonalData_IsUnchanged(string input)
    {
        var result = PersonalDataScrubber.Scrub(input);

        Assert.Equal(input, result.Text);
        Assert.Equal(PersonalData.None, result.Found);
    }

    [Fact]
    public void ScrubAndCap_LongText_IsCutAtAWordWithinTheLimit()
    {
        var text = string.Join(' ', Enumerable.Repeat("palvelu", 200));

        var result = PersonalDataScrubber.ScrubAndCap(text, 100).Text;

        Assert.True(result.Length <= 100, $"{result.Length} characters");
        Assert.EndsWith("palvelu…", result, StringComparison.Ordinal);
    }

    [Fact]
    public void ScrubAndCap_ControlCharactersAndRuns_AreTidied()
    {
        Assert.Equal("hyvä\n palvelu", PersonalDataScrubber.ScrubAndCap("  hyvä\r\n\u0007   palvelu  ", 500).Text);
    }
}
