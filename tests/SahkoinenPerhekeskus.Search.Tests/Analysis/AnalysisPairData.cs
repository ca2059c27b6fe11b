namespace SahkoinenPerhekeskus.Search.Tests.Analysis;

/// <summary>
/// Query word → document word pairs that must meet after analysis. The third column says whether the
/// Voikko-less fallback is expected to manage the pair too (it has stems and a small compound list, no lemmas).
/// </summary>
public static class AnalysisPairData
{
    public static TheoryData<string, string, bool> FinnishMatches => new()
    {
        // inflection
        { "neuvolaan", "neuvola", true },
        { "neuvolassa", "neuvolat", true },
        { "lieksassa", "Lieksa", true },
        { "joensuussa", "Joensuu", true },
        { "nurmeksessa", "Nurmes", false },
        { "outokummussa", "Outokumpu", false },
        { "kiteellä", "Kitee", false },
        { "heinävedellä", "Heinävesi", false },
        { "nuorille", "nuoret", false },
        { "lapselle", "lapsi", false },
        { "lasten", "lapsi", false },
        { "vauvan", "vauvat", true },
        { "synnytyksen", "synnytys", false },
        { "masennukseen", "masennus", false },
        { "harrastukset", "harrastus", false },
        { "kasvatukseen", "kasvatus", false },
        { "perheille", "perhe", false },
        { "päihteet", "päihde", false },
        // derivation and verb forms
        { "kiusataan", "kiusaaminen", false },
        { "kiusattu", "kiusaamista", false },
        { "raskaana", "raskaus", false },
        { "yksinäinen", "yksinäisyys", false },
        { "eroamme", "ero", false },
        // compounds, both directions
        { "perheneuvolasta", "neuvola", true },
        { "neuvola", "perheneuvolassa", true },
        { "koulukuraattori", "kuraattori", true },
        { "kuraattori", "koulukuraattorille", true },
        { "lastenneuvolassa", "neuvola", true },
        { "äitiysneuvolaan", "äitiysneuvola", true },
        { "neuvolapalvelut", "neuvola", true },
        { "mielenterveyspalvelut", "mielenterveys", true },
        { "mielenterveys", "mielenterveystalo", true },
        { "lastensuojelu", "lastensuojeluilmoitus", true },
        { "väkivalta", "lähisuhdeväkivaltaan", true },
        { "isäryhmä", "isille", false },
        { "imetys", "imetystukiryhmään", true },
        { "ehkäisy", "ehkäisyneuvola", true },
        { "kriisipuhelin", "puhelimessa", false },
        { "maahanmuuttajaperhe", "maahanmuuttajat", true },
        { "päihteet", "päihdetyö", false },
        { "kiusaamiseen", "koulukiusaaminen", false },
        { "terveys", "kouluterveydenhoitaja", false },
        // colloquialisms and everyday words through the synonym lists
        { "psykkari", "psykologi", true },
        { "psykkarille", "koulupsykologi", true },
        { "kuratsu", "kuraattori", true },
        { "terkkari", "terveydenhoitaja", true },
        { "sossu", "sosiaalityöntekijä", true },
        { "hoitsu", "terveydenhoitaja", true },
        { "masis", "masennus", true },
        { "kannabista", "päihteet", false },
        { "pilveä", "päihdetyö", false },
        { "lasu", "lastensuojelu", true },
        { "nuokkari", "nuorisotalo", true },
        { "teinin", "nuorten", false },
        { "ilmainen", "maksuton", true },
        { "rahat", "toimeentulotuki", false },
        { "adhd", "neuropsykiatrinen", true },
        { "nuku", "uni", false },
        { "puheterapeutti", "puheterapia", true },
        { "perhekahvila", "kohtaamispaikka", true },
        { "synnytysvalmennus", "perhevalmennus", true },
        { "kotona", "koti", false },
    };

    /// <summary>Look-alikes that must stay apart.</summary>
    public static TheoryData<string, string, bool> FinnishFalseFriends => new()
    {
        { "isä", "lisätietoa", true },
        { "isä", "isännöitsijä", false },
        { "tuki", "tukka", true },
        { "ero", "kerosiini", true },
        { "ero", "eroottinen", false },
        { "neuvoja", "neuvola", false },
        { "lapsi", "lapio", false },
        { "päihde", "päivä", true },
        { "uni", "unioni", true },
        { "koti", "kotka", true },
        { "talo", "talous", false },
    };

    public static TheoryData<string, string> SwedishMatches => new()
    {
        { "familjerådgivning", "rådgivning" },
        { "rådgivningen", "familjerådgivningen" },
        { "barnen", "barn" },
        { "skolkurator", "kurator" },
        { "kuratorn", "skolkurator" },
        { "skolpsykologen", "psykolog" },
        { "mödrarådgivningen", "rådgivning" },
        { "barnskyddsanmälan", "anmälan" },
        { "föräldrarna", "föräldrar" },
        { "skilsmässan", "skilsmässa" },
        { "mobbad", "mobbning" },
        { "kurre", "kurator" },
        { "bvc", "barnrådgivningen" },
        { "gratis", "avgiftsfri" },
    };

    public static TheoryData<string, string> EnglishMatches => new()
    {
        { "clinics", "clinic" },
        { "counselling", "counselor" },
        { "bullied", "bullying" },
        { "parents", "parenting" },
        { "teenager", "youth" },
    };
}
