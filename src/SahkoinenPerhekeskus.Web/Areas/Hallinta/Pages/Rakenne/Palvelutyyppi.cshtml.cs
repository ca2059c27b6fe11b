using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Web.Areas.Hallinta.Forms;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Rakenne;

/// <summary>A regional service type with its shared description. Saving rebuilds the search index at once.</summary>
public sealed partial class PalvelutyyppiModel(HallintaText text, StructureEditor structure, EditorialGuard guard) : HallintaPageModel(text)
{
    public int Id { get; private set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public LocalizedInput Name { get; set; } = new();

    [BindProperty]
    public LocalizedInput Description { get; set; } = new();

    [BindProperty]
    public string? IsCore { get; set; }

    [BindProperty]
    public string? MinMonths { get; set; }

    [BindProperty]
    public string? MaxMonths { get; set; }

    [BindProperty]
    public List<string> Needs { get; set; } = [];

    [BindProperty]
    public List<string> AgeGroups { get; set; } = [];

    public EditorialReferenceData Reference { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Id = id;
        Reference = await structure.ReferenceAsync(ct);
        if (id == 0)
        {
            return Page();
        }

        var type = await structure.ServiceTypeAsync(id, ct);
        if (type is null)
        {
            return NotFound();
        }

        Name = LocalizedInput.From(type.Name);
        Description = LocalizedInput.From(type.Description);
        IsCore = type.IsCore ? "true" : null;
        MinMonths = type.MinMonths?.ToString(CultureInfo.InvariantCulture);
        MaxMonths = type.MaxMonths?.ToString(CultureInfo.InvariantCulture);
        Needs = [.. type.Needs.Select(n => n.Code)];
        AgeGroups = [.. type.AgeGroups.Select(n => n.Code)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await guard.AllowsAsync(User, EditorialOperation.ManageStructure, ScopeTarget.Region))
        {
            return Forbid();
        }

        Id = id;
        Reference = await structure.ReferenceAsync(ct);
        var type = id == 0 ? null : await structure.ServiceTypeAsync(id, ct);
        if (id != 0 && type is null)
        {
            return NotFound();
        }

        Required("Name.Fi", Name.Fi, "Structure.Type.Name");
        var min = Months(nameof(MinMonths), MinMonths);
        var max = Months(nameof(MaxMonths), MaxMonths);
        if (min is not null && max is not null && max < min)
        {
            ModelState.AddModelError(nameof(MaxMonths), Text["Validation.Message", Text["Structure.MaxMonths"], Text["Validation.AgeOrder"]]);
        }

        if (type is null)
        {
            var code = (Code ?? "").Trim();
            if (!CodePattern().IsMatch(code))
            {
                ModelState.AddModelError(nameof(Code), Text["Validation.Message", Text["Structure.Code"], Text["Structure.CodeHint"]]);
            }
            else if (await structure.ServiceTypeCodeTakenAsync(code, ct))
            {
                ModelState.AddModelError(nameof(Code), Text["Validation.Message", Text["Structure.Code"], Text["Structure.CodeTaken"]]);
            }

            type = new ServiceType { Code = code, Slug = code, SortOrder = 1000 };
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await structure.SaveServiceTypeAsync(
            type,
            new ServiceTypeChange(Name.ToText(), Description.ToText(), IsCore == "true", min, max,
                [.. Needs.Where(Reference.Needs.ContainsKey)], [.. AgeGroups.Where(Reference.AgeGroups.ContainsKey)]),
            Actor,
            ct);
        Message("Structure.Saved");
        return Redirect("/hallinta/rakenne/palvelutyypit");
    }

    private int? Months(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n is >= -9 and <= ServiceSnapshotValidator.MaxMonths)
        {
            return n;
        }

        ModelState.AddModelError(field, Text["Validation.Message", Text["Structure." + field], Text["Validation.AgeOutOfRange"]]);
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$")]
    private static partial System.Text.RegularExpressions.Regex CodePattern();
}
