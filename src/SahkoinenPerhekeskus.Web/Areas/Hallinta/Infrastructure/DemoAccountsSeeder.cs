using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SahkoinenPerhekeskus.Core.Accounts;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Infrastructure;

/// <summary>
/// On the first run of a demo installation (no account exists) creates one account per role with a random
/// password and prints the passwords once on the console. Nothing is stored anywhere else; lose them and use
/// the create-user verb. Off unless <c>Perhekeskus:DemoAccounts:Enabled</c> (run.sh turns it on).
/// </summary>
public sealed class DemoAccountsSeeder(IServiceScopeFactory scopes, IOptions<DemoAccountsOptions> options) : IHostedService
{
    public static readonly IReadOnlyList<(string Email, string Role, string[] Municipalities, string? Organisation, string Name, string? Area)> Accounts =
    [
        ("paakayttaja@perhekeskus.example", EditorRoles.RegionalAdmin, [], null, "Alueen pääkäyttäjä", null),
        ("joensuu@perhekeskus.example", EditorRoles.MunicipalityEditor, ["167"], null, "Joensuun päivittäjä", null),
        ("mll@perhekeskus.example", EditorRoles.OrganisationEditor, [], "mll-pohjois-karjala", "MLL:n päivittäjä", null),
        ("tarkastaja@perhekeskus.example", EditorRoles.Reviewer, ["167"], null, "Joensuun tarkastaja", null),
        ("keskinen@perhekeskus.example", EditorRoles.AreaLeader, [], null, "Keskisen alueen johtaja", "keskinen"),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        if (users.Users.Any())
        {
            return;
        }

        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var lines = new List<string>();
        foreach (var (email, role, municipalities, organisation, name, area) in Accounts)
        {
            var password = AccountService.GeneratePassword();
            var result = await accounts.CreateAsync(new NewAccount(email, role, municipalities, organisation, password, name, AreaCode: area), cancellationToken);
            lines.Add(result.Succeeded
                ? $"  {role,-20} {email,-36} {password}"
                : $"  {role,-20} {email,-36} (not created: {string.Join("; ", result.Problems.Select(p => p.Message))})");
        }

        // Printed once, to the console only: these are not logged and not written to disk.
        Console.WriteLine();
        Console.WriteLine("Demo accounts for /hallinta (shown only now; create more with the create-user verb):");
        lines.ForEach(Console.WriteLine);
        Console.WriteLine();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
