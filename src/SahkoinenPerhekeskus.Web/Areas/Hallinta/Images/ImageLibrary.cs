using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SahkoinenPerhekeskus.Core.Catalogue;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Images;

/// <summary>Stores processed images in the data directory's media folder and records them (with audit) in the database.</summary>
public sealed class ImageLibrary(PerhekeskusDbContext db, DataPaths paths, AuditLog audit, ServiceEditor editor, TimeProvider clock)
{
    public Task<List<MediaImage>> ForServiceAsync(int serviceId, CancellationToken ct) =>
        db.MediaImages.AsNoTracking().Where(i => i.ServiceId == serviceId).OrderByDescending(i => i.Id).ToListAsync(ct);

    public async Task<MediaImage> SaveAsync(Service service, ProcessedImage image, LocalizedText alt, Actor actor, CancellationToken ct)
    {
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(MediaImage.KeyLength / 2));
        Directory.CreateDirectory(paths.MediaDirectory);
        foreach (var v in image.Variants!)
        {
            await File.WriteAllBytesAsync(Path.Combine(paths.MediaDirectory, FileName(key, v.Width, v.Extension)), v.Bytes, ct);
        }

        var entity = new MediaImage
        {
            Key = key,
            ServiceId = service.Id,
            Width = image.Width,
            Height = image.Height,
            Alt = alt,
            Widths = [.. image.Variants!.Select(v => v.Width).Distinct()],
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            ActorName = actor.Name,
        };
        db.MediaImages.Add(entity);
        audit.Record(actor, "service.image", "service", service.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), await editor.ScopeAsync(service, ct), alt.Fi, null, new { Key = key, image.Width, image.Height, Alt = alt });
        await db.SaveChangesAsync(ct);
        return entity;
    }

    /// <summary>Removes the record and its files; false when the image does not belong to the service.</summary>
    public async Task<bool> DeleteAsync(Service service, int imageId, Actor actor, CancellationToken ct)
    {
        var image = await db.MediaImages.FirstOrDefaultAsync(i => i.Id == imageId && i.ServiceId == service.Id, ct);
        if (image is null)
        {
            return false;
        }

        db.MediaImages.Remove(image);
        audit.Record(actor, "service.image.delete", "service", service.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), await editor.ScopeAsync(service, ct), image.Alt.Fi, new { image.Key, Alt = image.Alt }, null);
        await db.SaveChangesAsync(ct);
        foreach (var width in image.Widths)
        {
            foreach (var extension in Extensions)
            {
                File.Delete(Path.Combine(paths.MediaDirectory, FileName(image.Key, width, extension)));
            }
        }

        return true;
    }

    public static readonly string[] Extensions = ["webp", "jpg"];

    public static string FileName(string key, int width, string extension) => $"{key}-{width}.{extension}";

    public static string SrcSet(MediaImage image, string extension) =>
        string.Join(", ", image.Widths.Order().Select(w => Url(image, w, extension) + " " + w.ToString(System.Globalization.CultureInfo.InvariantCulture) + "w"));

    public static string Url(MediaImage image, int width, string extension) => "/media/" + FileName(image.Key, width, extension);
}
