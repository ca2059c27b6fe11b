namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Rakenne;

/// <summary>
/// Admin-edited synonym rules, in the syntax of content/search/synonyms-*.txt. They are stored in the database,
/// audited, and searched on top of the shipped files from the next search on.
/// </summary>
public sealed class SynonyymitModel(HallintaText text, SynonymEditor synonyms, EditorialGuard guard) : HallintaPageModel(text)
{
    /// <summary>Enough to fix a paste gone wrong without a wall of messages.</summary>
    private const int MaxMessagesPerLanguage = 10;

    private static readonly string[] Languages = ["fi", "sv", "en"];

    [BindProperty]
    public string? RulesFi { get; set; }

    [BindProperty]
    public string? RulesSv { get; set; }

    [BindProperty]
    public string? RulesEn { get; set; }

    public string? Value(string lang) => lang switch { "sv" => RulesSv, "en" => RulesEn, _ => RulesFi };

    public static string Key(string lang) => "Rules" + char.ToUpperInvariant(lang[0]) + lang[1..];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = await synonyms.AllAsync(ct);
        string Join(string lang) => string.Join('\n', all.Where(s => s.Language == lang).Select(s => s.Rule));
        (RulesFi, RulesSv, RulesEn) = (Join("fi"), Join("sv"), Join("en"));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await guard.AllowsAsync(User, EditorialOperation.ManageStructure, ScopeTarget.Region))
        {
            return Forbid();
        }

        var parsed = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var lang in Languages)
        {
            var list = SynonymRules.Parse(Value(lang));
            foreach (var problem in list.Problems.Take(MaxMessagesPerLanguage))
            {
                ModelState.AddModelError(Key(lang), Describe(lang, problem));
            }

            parsed[lang] = list.Rules;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await synonyms.SaveAsync(parsed, Actor, ct);
        Message("Structure.SynonymsSaved");
        return Redirect("/hallinta/rakenne/synonyymit");
    }

    private string Describe(string lang, SynonymProblem problem)
    {
        var language = Text["Language." + lang];
        return problem.Kind switch
        {
            SynonymProblemKind.NotARule => Text["Structure.SynonymBad", language, problem.Text],
            SynonymProblemKind.TooMany => Text["Structure.SynonymTooMany", language, problem.Limit],
            _ => Text["Structure.SynonymProblem." + problem.Kind, language, problem.Line, problem.Text, problem.Limit],
        };
    }
}
