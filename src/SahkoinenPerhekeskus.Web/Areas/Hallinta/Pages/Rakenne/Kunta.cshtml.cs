using SahkoinenPerhekeskus.Core.Structure;
using SahkoinenPerhekeskus.Web.Areas.Hallinta.Forms;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Rakenne;

/// <summary>A municipality's names and family-centre area. Its code (Statistics Finland) and slug stay fixed.</summary>
public sealed class KuntaModel(HallintaText text, StructureEditor structure, EditorialGuard guard) : HallintaPageModel(text)
{
    public string Code { get; private set; } = "";

    public IReadOnlyList<Area> Areas { get; private set; } = [];

    [BindProperty]
    public LocalizedInput Name { get; set; } = new();

    [BindProperty]
    public string? AreaId { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var m = await structure.MunicipalityAsync(id, ct);
        if (m is null)
        {
            return NotFound();
        }

        Code = m.Code;
        Name = LocalizedInput.From(m.Name);
        AreaId = m.AreaId.ToString(CultureInfo.InvariantCulture);
        Areas = await structure.AreasAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await guard.AllowsAsync(User, EditorialOperation.ManageStructure, ScopeTarget.Region))
        {
            return Forbid();
        }

        var m = await structure.MunicipalityAsync(id, ct);
        if (m is null)
        {
            return NotFound();
        }

        Code = m.Code;
        Areas = await structure.AreasAsync(ct);
        Required("Name.Fi", Name.Fi, "Field.Name");
        var area = int.TryParse(AreaId, out var areaId) ? Areas.FirstOrDefault(a => a.Id == areaId) : null;
        if (area is null)
        {
            ModelState.AddModelError(nameof(AreaId), Text["Validation.Message", Text["Structure.Area"], Text["Validation.Choice"]]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await structure.SaveMunicipalityAsync(m, Name.ToText(), area!.Id, Actor, ct);
        Message("Structure.Saved");
        return Redirect("/hallinta/rakenne/kunnat");
    }
}
