using SkiaSharp;

namespace SahkoinenPerhekeskus.BrowserTests.Hallinta.FormCrawl;

/// <summary>What the press is about: the throwaway service or account the page shows, and values the filler chose.</summary>
public sealed class PressContext
{
    public TestService? Service { get; init; }

    public string? UserId { get; init; }

    /// <summary>A word the filler wrote into the form, to find in the saved result.</summary>
    public string Marker { get; } = "Kierros" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The email the "new user" form was given.</summary>
    public string? NewEmail { get; set; }
}

/// <summary>
/// Realistic values for the forms whose defaults would not be accepted as they stand: a person fills these in
/// before pressing. Everything else is sent as the page shows it (an editor saving without changes).
/// </summary>
public static class FormFiller
{
    public static async Task FillAsync(IPage page, CrawlButton button, PressContext context, string accountPassword)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(button);
        ArgumentNullException.ThrowIfNull(context);
        switch (button.PageTemplate)
        {
            case "/hallinta/palvelut/{id}" when button.Label != "Lisää yhteystapa":
                await page.FillAsync("#Form_Summary_Fi", await page.InputValueAsync("#Form_Summary_Fi") + " " + context.Marker + ".");
                break;
            case "/hallinta/palvelut/uusi":
                await page.FillAsync("#Form_Name_Fi", CrawlData.CreatedNamePrefix + " " + context.Marker);
                await page.FillAsync("#Form_Summary_Fi", "Perheiden ohjattu ryhmä, jossa " + context.Marker + " esittäytyy.");
                if (await page.Locator("input[name='Form.Municipalities']:checked").CountAsync() == 0)
                {
                    await page.Locator("input[name='Form.Municipalities']").First.CheckAsync();
                }

                break;
            case "/hallinta/sivut/0":
                await page.FillAsync("#Slug", CrawlData.CreatedCodePrefix + "-" + context.Marker.ToLowerInvariant());
                await page.FillAsync("#TitleText_Fi", "Kierroksen uutinen " + context.Marker);
                break;
            case "/hallinta/rakenne/palvelutyypit/0":
                await page.FillAsync("#Code", CrawlData.CreatedCodePrefix + "-" + context.Marker.ToLowerInvariant());
                await page.FillAsync("#Name_Fi", "Kierroksen palvelutyyppi " + context.Marker);
                break;
            case var t when t.StartsWith("/hallinta/rakenne/termit/0", StringComparison.Ordinal):
                await page.FillAsync("#Code", CrawlData.CreatedCodePrefix + "_" + context.Marker.ToLowerInvariant());
                await page.FillAsync("#Name_Fi", "Kierroksen termi " + context.Marker);
                break;
            case "/hallinta/palvelut/{id}/ajastus" when button.Label == "Ajasta":
                var at = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddDays(10), TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki"));
                await page.FillAsync("#At", at.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture));
                break;
            case "/hallinta/palvelut/{id}/kuvat":
                foreach (var file in await page.Locator("input[type=file]").AllAsync())
                {
                    await file.SetInputFilesAsync(new FilePayload { Name = "perhekahvila.png", MimeType = "image/png", Buffer = Png(800, 600) });
                }

                foreach (var alt in await page.Locator("input[name*='Alt'], textarea[name*='Alt']").AllAsync())
                {
                    await alt.FillAsync("Vanhempia ja lapsia leikkimässä perhekahvilassa " + context.Marker);
                }

                break;
            case "/hallinta/palvelut" when button.Label == "Tee valituille":
                await page.CheckAsync($"input[name=Ids][value='{context.Service!.Id}']");
                await page.SelectOptionAsync("#BulkAction", "check");
                break;
            case "/hallinta/palvelut" when button.Method == "get":
                await page.FillAsync("#q", "neuvola");
                break;
            case "/hallinta/kayttajat/uusi":
                context.NewEmail = $"kierros.uusi.{context.Marker.ToLowerInvariant()}@test.example";
                await page.FillAsync("#Form_Email", context.NewEmail);
                await page.FillAsync("#Form_DisplayName", "Uusi päivittäjä");
                await page.CheckAsync("input[name='Form.Role'][value='municipality-editor']");
                await page.CheckAsync("input[name='Form.Municipalities'][value='167']");
                break;
            case "/hallinta/tili/salasana":
                await page.FillAsync("#Current", accountPassword);
                await page.FillAsync("#New", accountPassword + " ja vaihdettu");
                break;
            case "/hallinta/tili/kaksivaihe":
                var key = await page.InnerTextAsync("code.password");
                await page.FillAsync("#Code", Totp.Code(key, DateTimeOffset.UtcNow));
                break;
            default:
                break;
        }
    }

    /// <summary>A photo-sized PNG made here, so that the upload goes through the real decoder and resizer.</summary>
    public static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(40, 110, 170));
            using var paint = new SKPaint { Color = new SKColor(240, 200, 60) };
            canvas.DrawCircle(width / 2f, height / 2f, height / 3f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 90);
        return data.ToArray();
    }
}
