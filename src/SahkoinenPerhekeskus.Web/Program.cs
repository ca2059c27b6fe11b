using SahkoinenPerhekeskus.Core;
using SahkoinenPerhekeskus.Web.Cli;
using SahkoinenPerhekeskus.Web.Hosting;

// The table of contents: each call is a chapter in Hosting/ (see docs/adr).
var builder = WebApplication.CreateBuilder(args);

builder.AddPerhekeskusWeb();
builder.Services.AddPerhekeskusCore(builder.Configuration);
builder.AddPerhekeskusCatalogueWeb();
builder.AddPerhekeskusSearchWeb();
builder.AddPerhekeskusTray();
builder.AddPerhekeskusBackOffice();
builder.AddPerhekeskusOpenData();
builder.AddPerhekeskusFeedback();

var app = builder.Build();

if (CommandLine.IsVerb(args))
{
    return await CommandLine.RunAsync(app, args);
}

await app.InitializePerhekeskusDataAsync();
await app.EnsurePerhekeskusSearchIndexAsync();
app.UsePerhekeskusWeb();
app.MapPerhekeskusTray();
app.UsePerhekeskusFeedback();

await app.RunAsync();
return 0;
