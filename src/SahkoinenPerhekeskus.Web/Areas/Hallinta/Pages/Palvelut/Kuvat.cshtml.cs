using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SahkoinenPerhekeskus.Core.Common;
using SahkoinenPerhekeskus.Core.Editorial;
using SahkoinenPerhekeskus.Web.Areas.Hallinta.Images;
using SahkoinenPerhekeskus.Web.Areas.Hallinta.Infrastructure;
using SahkoinenPerhekeskus.Web.Areas.Hallinta.Security;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Palvelut;

/// <summary>Image upload: content-checked, resized, metadata stripped, and never without alternative text in the service's languages.</summary>
public sealed class KuvatModel(
    ServiceEditor editor, EditorialGuard guard, HallintaText text, ImageProcessor processor, ImageLibrary library, IOptions<BackOfficeOptions> options)
    : ServicePageModel(editor, guard, text)
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? AltFi { get; set; }

    [BindProperty]
    public string? AltSv { get; set; }

    [BindProperty]
    public string? AltEn { get; set; }

    public IReadOnlyList<MediaImage> Images { get; private set; } = [];

    /// <summary>Finnish always; Swedish and English when the service has a name in them.</summary>
    public IReadOnlyList<string> AltLanguages { get; private set; } = ["fi"];

    public long MaxMegabytes => options.Value.MaxImageBytes / (1024 * 1024);

    public string? AltValue(string lang) => lang switch { "sv" => AltSv, "en" => AltEn, _ => AltFi };

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await AuthorizeAsync(id, EditorialOperation.View, ct) is { } denied)
        {
            return denied;
        }

        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await AuthorizeAsync(id, EditorialOperation.UploadImage, ct) is { } denied)
        {
            return denied;
        }

        ModelState.Clear();
        var working = await Editor.WorkingCopyAsync(Service, ct);
        AltLanguages = Languages(working);
        foreach (var lang in AltLanguages)
        {
            var value = AltValue(lang);
            if (string.IsNullOrWhiteSpace(value))
            {
                ModelState.AddModelError("Alt" + char.ToUpperInvariant(lang[0]) + lang[1..], Text["Images.AltRequired", Text["Language." + lang]]);
            }
            else if (value.Length > 300)
            {
                ModelState.AddModelError("Alt" + char.ToUpperInvariant(lang[0]) + lang[1..], Text["Validation.Message", Text["Images.Alt"], Text["Validation.TooLong", 300]]);
            }
        }

        ProcessedImage? image = null;
        if (Upload is null)
        {
            ModelState.AddModelError(nameof(Upload), Text["Image.Missing"]);
        }
        else if (Upload.Length > options.Value.MaxImageBytes)
        {
            ModelState.AddModelError(nameof(Upload), Text["Image.TooLarge", MaxMegabytes]);
        }
        else
        {
            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, ct);
            image = processor.Process(buffer.ToArray());
            if (image.Problem != ImageProblem.None)
            {
                ModelState.AddModelError(nameof(Upload), Text["Image." + image.Problem, MaxMegabytes]);
            }
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(ct);
        }

        await library.SaveAsync(Service, image!, new LocalizedText(AltFi!.Trim(), AltSv?.Trim(), AltEn?.Trim()), Actor, ct);
        Message("Images.Done");
        return Redirect($"/hallinta/palvelut/{id}/kuvat");
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        AltLanguages = Languages(await Editor.WorkingCopyAsync(Service, ct));
        Images = await library.ForServiceAsync(Service.Id, ct);
        return Page();
    }

    private static List<string> Languages(ServiceSnapshot s) =>
        [.. new[] { "fi", "sv", "en" }.Where(l => l == "fi" || s.Name.Exact(l) is not null)];
}
