using Microsoft.Extensions.Options;
using SahkoinenPerhekeskus.Web.Areas.Hallinta.Images;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Palvelut;

/// <summary>
/// Image upload: content-checked, resized, metadata stripped. Finnish alternative text is required (every service
/// has a Finnish page); Swedish and English are optional, and their pages fall back to the Finnish text.
/// </summary>
public sealed class KuvatModel(
    ServiceEditor editor, EditorialGuard guard, HallintaText text, ImageProcessor processor, ImageLibrary library,
    PendingUploads pending, IOptions<BackOfficeOptions> options)
    : ServicePageModel(editor, guard, text)
{
    public const int MaxAlt = 300;
    public const int MaxFileName = 200;

    public static readonly string[] AltLanguages = ["fi", "sv", "en"];

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? AltFi { get; set; }

    [BindProperty]
    public string? AltSv { get; set; }

    [BindProperty]
    public string? AltEn { get; set; }

    /// <summary>A file accepted on an earlier attempt, kept while the editor fixes the alternative text.</summary>
    [BindProperty]
    public string? PendingToken { get; set; }

    [BindProperty]
    public string? PendingName { get; set; }

    public IReadOnlyList<MediaImage> Images { get; private set; } = [];

    public long MaxMegabytes => options.Value.MaxImageBytes / (1024 * 1024);

    public bool MayUpload { get; private set; }

    public string? AltValue(string lang) => lang switch { "sv" => AltSv, "en" => AltEn, _ => AltFi };

    public static string AltField(string lang) => "Alt" + char.ToUpperInvariant(lang[0]) + lang[1..];

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
        ValidateAlt();
        var (bytes, image) = await ReadUploadAsync(ct);
        if (!ModelState.IsValid)
        {
            if (image is { Problem: ImageProblem.None } && PendingToken is null)
            {
                PendingToken = await pending.KeepAsync(Service.Id, bytes!, ct);
                PendingName = Shorten(Path.GetFileName(Upload?.FileName ?? ""));
            }

            return await ShowAsync(ct);
        }

        await library.SaveAsync(Service, image!, new LocalizedText(AltFi!.Trim(), Optional(AltSv), Optional(AltEn)), Actor, ct);
        pending.Forget(Service.Id, PendingToken);
        Message("Images.Done");
        return Redirect($"/hallinta/palvelut/{id}/kuvat");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int imageId, CancellationToken ct)
    {
        if (await AuthorizeAsync(id, EditorialOperation.UploadImage, ct) is { } denied)
        {
            return denied;
        }

        if (!await library.DeleteAsync(Service, imageId, Actor, ct))
        {
            return NotFound();
        }

        Message("Images.Deleted");
        return Redirect($"/hallinta/palvelut/{id}/kuvat");
    }

    private void ValidateAlt()
    {
        foreach (var lang in AltLanguages)
        {
            var value = AltValue(lang);
            if (lang == "fi" && string.IsNullOrWhiteSpace(value))
            {
                ModelState.AddModelError(AltField(lang), Text["Images.AltRequired", Text["Language." + lang]]);
            }
            else if (value?.Trim().Length > MaxAlt)
            {
                ModelState.AddModelError(AltField(lang), Text["Validation.Message", Text["Images.Alt"] + " (" + Text["Language." + lang] + ")", Text["Validation.TooLong", MaxAlt]]);
            }
        }
    }

    /// <summary>A new file wins over a kept one; a kept one that expired asks for the file again.</summary>
    private async Task<(byte[]? Bytes, ProcessedImage? Image)> ReadUploadAsync(CancellationToken ct)
    {
        byte[]? bytes = null;
        if (Upload is not null)
        {
            pending.Forget(Service.Id, PendingToken);
            PendingToken = null;
            PendingName = null;
            if (Upload.Length > options.Value.MaxImageBytes)
            {
                ModelState.AddModelError(nameof(Upload), Text["Image.TooLarge", MaxMegabytes]);
                return (null, null);
            }

            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }
        else if (PendingToken is not null)
        {
            bytes = await pending.ReadAsync(Service.Id, PendingToken, ct);
            if (bytes is null)
            {
                PendingToken = null;
                PendingName = null;
                ModelState.AddModelError(nameof(Upload), Text["Images.PendingExpired"]);
                return (null, null);
            }
        }

        if (bytes is null)
        {
            ModelState.AddModelError(nameof(Upload), Text["Image.Missing"]);
            return (null, null);
        }

        var image = processor.Process(bytes);
        if (image.Problem != ImageProblem.None)
        {
            ModelState.AddModelError(nameof(Upload), Text["Image." + image.Problem, MaxMegabytes]);
        }

        PendingName = Shorten(PendingName);
        return (bytes, image);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        MayUpload = await CanAsync(EditorialOperation.UploadImage, ct);
        Images = await library.ForServiceAsync(Service.Id, ct);
        return Page();
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Shorten(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : name.Length <= MaxFileName ? name : name[..MaxFileName];
}
