using SahkoinenPerhekeskus.Core.Publishing;
using SahkoinenPerhekeskus.Core.Structure;
using SahkoinenPerhekeskus.Web.Areas.Hallinta.Forms;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Sivut;

/// <summary>
/// A content page or news item. A municipality's news belongs to that municipality's editors; everything else
/// to the region. New pages by municipality editors are news of one of their municipalities.
/// </summary>
public sealed partial class SivuModel(HallintaText text, PageEditor pages, EditorialGuard guard) : HallintaPageModel(text)
{
    public int Id { get; private set; }

    public bool IsAdmin => Scope.IsAdmin;

    public IReadOnlyList<Municipality> Municipalities { get; private set; } = [];

    [BindProperty]
    public string? Slug { get; set; }

    [BindProperty]
    public string? Municipality { get; set; }

    [BindProperty]
    public LocalizedInput TitleText { get; set; } = new();

    [BindProperty]
    public LocalizedInput Summary { get; set; } = new();

    [BindProperty]
    public LocalizedInput Body { get; set; } = new();

    [BindProperty]
    public string? Publish { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Id = id;
        await LoadMunicipalitiesAsync(ct);
        if (id == 0)
        {
            return EditorialPolicy.MayCreatePages(Scope) ? Page() : Forbid();
        }

        var page = await pages.FindAsync(id, ct);
        if (page is null)
        {
            return NotFound();
        }

        if (!await guard.AllowsAsync(User, EditorialOperation.View, ScopeTarget.For(page, page.Municipality)))
        {
            return Forbid();
        }

        TitleText = LocalizedInput.From(page.Title);
        Summary = LocalizedInput.From(page.Summary);
        Body = LocalizedInput.From(page.Body);
        Publish = page.Status == PublicationStatus.Published ? "true" : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Id = id;
        await LoadMunicipalitiesAsync(ct);
        ContentPage? page;
        Municipality? municipality;
        if (id == 0)
        {
            municipality = string.IsNullOrEmpty(Municipality) ? null : await pages.MunicipalityAsync(Municipality, ct);
            if (!string.IsNullOrEmpty(Municipality) && municipality is null)
            {
                return BadRequest();
            }

            page = new ContentPage { Slug = (Slug ?? "").Trim(), Kind = municipality is null ? PageKind.Article : PageKind.News, MunicipalityId = municipality?.Id };
            if (!await guard.AllowsAsync(User, municipality is null ? EditorialOperation.ManageStructure : EditorialOperation.Create, ScopeTarget.For(page, municipality)))
            {
                return Forbid();
            }

            if (!SlugPattern().IsMatch(page.Slug))
            {
                ModelState.AddModelError(nameof(Slug), Text["Validation.Message", Text["Pages.Slug"], Text["Pages.SlugHint"]]);
            }
            else if (await pages.SlugTakenAsync(page.Slug, ct))
            {
                ModelState.AddModelError(nameof(Slug), Text["Validation.Message", Text["Pages.Slug"], Text["Structure.CodeTaken"]]);
            }
        }
        else
        {
            page = await pages.FindAsync(id, ct);
            if (page is null)
            {
                return NotFound();
            }

            municipality = page.Municipality;
            if (!await guard.AllowsAsync(User, EditorialOperation.Edit, ScopeTarget.For(page, municipality)))
            {
                return Forbid();
            }
        }

        Required("TitleText.Fi", TitleText.Fi, "Pages.PageTitle");
        CheckLength("Body", Body, ServiceSnapshotValidator.MaxDescription);
        CheckLength("Summary", Summary, ServiceSnapshotValidator.MaxSummary);
        CheckLength("TitleText", TitleText, ServiceSnapshotValidator.MaxName);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await pages.SaveAsync(page, TitleText.ToText(), Summary.ToText(), Body.ToText(), Publish == "true", ScopeTarget.For(page, municipality), Actor, ct);
        Message("Structure.Saved");
        return Redirect("/hallinta/sivut");
    }

    private void CheckLength(string key, LocalizedInput input, int max)
    {
        foreach (var (lang, value) in new[] { ("Fi", input.Fi), ("Sv", input.Sv), ("En", input.En) })
        {
            if ((value?.Length ?? 0) > max)
            {
                ModelState.AddModelError($"{key}.{lang}", Text["Validation.Message", Text["Language." + lang.ToLowerInvariant()], Text["Validation.TooLong", max]]);
            }
        }
    }

    private async Task LoadMunicipalitiesAsync(CancellationToken ct)
    {
        var all = await pages.MunicipalitiesAsync(ct);
        Municipalities = Scope.IsAdmin ? all : [.. all.Where(m => Scope.MunicipalityCodes.Contains(m.Code))];
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9][a-z0-9-]{1,118}$")]
    private static partial System.Text.RegularExpressions.Regex SlugPattern();
}
