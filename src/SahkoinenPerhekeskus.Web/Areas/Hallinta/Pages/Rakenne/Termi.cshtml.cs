using SahkoinenPerhekeskus.Core.Taxonomy;
using SahkoinenPerhekeskus.Web.Areas.Hallinta.Forms;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Rakenne;

/// <summary>A term of the need or age-group taxonomy. Codes are fixed once made: services and the search refer to them.</summary>
public sealed partial class TermiModel(HallintaText text, StructureEditor structure, EditorialGuard guard) : HallintaPageModel(text)
{
    public int Id { get; private set; }

    public TaxonomyKind Kind { get; private set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public LocalizedInput Name { get; set; } = new();

    [BindProperty]
    public LocalizedInput Description { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, string? taksonomia, CancellationToken ct)
    {
        Id = id;
        if (id == 0)
        {
            return Enum.TryParse<TaxonomyKind>(taksonomia, out var kind) && Enum.IsDefined(kind) ? SetKind(kind) : BadRequest();
        }

        var term = await structure.TermAsync(id, ct);
        if (term is null)
        {
            return NotFound();
        }

        Kind = term.Taxonomy;
        Name = LocalizedInput.From(term.Name);
        Description = LocalizedInput.From(term.Description);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? taksonomia, CancellationToken ct)
    {
        if (!await guard.AllowsAsync(User, EditorialOperation.ManageStructure, ScopeTarget.Region))
        {
            return Forbid();
        }

        Id = id;
        TaxonomyTerm? term;
        if (id == 0)
        {
            if (!Enum.TryParse<TaxonomyKind>(taksonomia, out var kind) || !Enum.IsDefined(kind))
            {
                return BadRequest();
            }

            Kind = kind;
            var code = (Code ?? "").Trim();
            if (!CodePattern().IsMatch(code))
            {
                ModelState.AddModelError(nameof(Code), Text["Validation.Message", Text["Structure.Code"], Text["Structure.TermCodeHint"]]);
            }
            else if (await structure.TermCodeTakenAsync(kind, code, ct))
            {
                ModelState.AddModelError(nameof(Code), Text["Validation.Message", Text["Structure.Code"], Text["Structure.CodeTaken"]]);
            }

            term = new TaxonomyTerm { Code = code, Taxonomy = kind };
        }
        else
        {
            term = await structure.TermAsync(id, ct);
            if (term is null)
            {
                return NotFound();
            }

            Kind = term.Taxonomy;
        }

        Required("Name.Fi", Name.Fi, "Field.Name");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await structure.SaveTermAsync(term, Name.ToText(), Description.ToText(), Actor, ct);
        Message("Structure.Saved");
        return Redirect("/hallinta/rakenne/termit");
    }

    private PageResult SetKind(TaxonomyKind kind)
    {
        Kind = kind;
        return Page();
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9][a-z0-9_]{1,62}$")]
    private static partial System.Text.RegularExpressions.Regex CodePattern();
}

/// <summary>The model of _TextFields: one text in three languages.</summary>
public sealed record TextFieldsModel(string Key, string Legend, LocalizedInput Input, bool Multiline);
