using Microsoft.Extensions.Options;
using SkiaSharp;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Images;

/// <summary>Why an upload was refused; the page shows "Image.{value}" from the resources.</summary>
public enum ImageProblem
{
    None,
    Empty,
    TooLarge,
    NotAnImage,
    Unreadable,
    TooManyPixels,
}

public sealed record ImageVariant(int Width, int Height, string Extension, byte[] Bytes);

public sealed record ProcessedImage(ImageProblem Problem, int Width = 0, int Height = 0, IReadOnlyList<ImageVariant>? Variants = null);

/// <summary>
/// Decodes an upload with SkiaSharp and writes 320/640/1280 px wide WebP and JPEG copies. The type is decided by
/// the file's first bytes (JPEG, PNG, WebP), never by its name or the browser's content type. Re-encoding drops
/// every metadata block, EXIF and GPS included; the EXIF orientation is applied to the pixels first.
/// </summary>
public sealed class ImageProcessor(IOptions<BackOfficeOptions> options)
{
    public static readonly int[] Widths = [320, 640, 1280];

    public ProcessedImage Process(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return new(ImageProblem.Empty);
        }

        if (bytes.Length > options.Value.MaxImageBytes)
        {
            return new(ImageProblem.TooLarge);
        }

        if (!LooksLikeImage(bytes))
        {
            return new(ImageProblem.NotAnImage);
        }

        using var codec = SKCodec.Create(new SKMemoryStream(bytes));
        if (codec is null)
        {
            return new(ImageProblem.Unreadable);
        }

        if ((long)codec.Info.Width * codec.Info.Height > options.Value.MaxImagePixels)
        {
            return new(ImageProblem.TooManyPixels);
        }

        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return new(ImageProblem.Unreadable);
        }

        using var upright = Orient(decoded, codec.EncodedOrigin);
        var variants = new List<ImageVariant>();
        foreach (var width in Widths.Where(w => w <= upright.Width).DefaultIfEmpty(upright.Width))
        {
            var height = Math.Max(1, (int)Math.Round(upright.Height * (width / (double)upright.Width)));
            using var resized = upright.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
            using var image = SKImage.FromBitmap(resized);
            variants.Add(new ImageVariant(width, height, "webp", Encode(image, SKEncodedImageFormat.Webp, 80)));
            variants.Add(new ImageVariant(width, height, "jpg", Encode(image, SKEncodedImageFormat.Jpeg, 82)));
        }

        return new(ImageProblem.None, upright.Width, upright.Height, variants);
    }

    /// <summary>JPEG (FF D8 FF), PNG (89 'PNG' CR LF 1A LF) or WebP ('RIFF' size 'WEBP').</summary>
    public static bool LooksLikeImage(ReadOnlySpan<byte> b) =>
        (b.Length >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF)
        || b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        || (b.Length >= 12 && b[..4].SequenceEqual("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8));

    private static byte[] Encode(SKImage image, SKEncodedImageFormat format, int quality)
    {
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        var (degrees, swap) = origin switch
        {
            SKEncodedOrigin.BottomRight => (180, false),
            SKEncodedOrigin.RightTop => (90, true),
            SKEncodedOrigin.LeftBottom => (270, true),
            _ => (0, false),
        };
        var result = new SKBitmap(swap ? source.Height : source.Width, swap ? source.Width : source.Height);
        using var canvas = new SKCanvas(result);
        canvas.Translate(result.Width / 2f, result.Height / 2f);
        canvas.RotateDegrees(degrees);
        canvas.Translate(-source.Width / 2f, -source.Height / 2f);
        canvas.DrawBitmap(source, 0, 0);
        return result;
    }
}
