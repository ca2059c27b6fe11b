using SahkoinenPerhekeskus.Web.Hosting;

// The table of contents: each call is a chapter in Hosting/ (see ADR 0002 for the web shell).
var builder = WebApplication.CreateBuilder(args);

builder.AddPerhekeskusWeb();

var app = builder.Build();

app.UsePerhekeskusWeb();

await app.RunAsync();
