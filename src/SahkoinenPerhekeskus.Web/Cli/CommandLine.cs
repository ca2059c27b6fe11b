namespace SahkoinenPerhekeskus.Web.Cli;

/// <summary>
/// Runs a verb instead of the web server when the first argument names one. The verbs share the web host's
/// configuration and services, so `--Perhekeskus:DataDirectory=…` and environment variables work the same way.
/// </summary>
public static class CommandLine
{
    private static readonly ICommand[] Commands =
    [
        new ImportContentCommand(),
        new ReindexCommand(),
        new BackupCommand(),
        new RestoreCommand(),
        new CreateUserCommand(),
        new ImportHsdsCommand(),
        new ExportHsdsCommand(),
        new ImportPtvCommand(),
        new VerifyCommand(),
    ];

    public static bool IsVerb(string[] args) =>
        args.Length > 0 && (args[0] is "help" or "--help" || Commands.Any(c => c.Verb == args[0]));

    /// <summary>Strips configuration switches (--Key=Value) so verbs see only their own arguments.</summary>
    public static IReadOnlyList<string> VerbArguments(string[] args) =>
        [.. args.Skip(1).Where(a => !(a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal) && a.Contains(':', StringComparison.Ordinal)))];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var output = Console.Out;
        var command = Commands.FirstOrDefault(c => c.Verb == args[0]);
        if (command is null)
        {
            await output.WriteLineAsync("Verbs:");
            foreach (var c in Commands)
            {
                await output.WriteLineAsync("  " + c.Usage);
            }

            return 0;
        }

        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cts.Cancel();
        };
        // Which settings apply is the first thing to know when a verb touches a database.
        await Console.Error.WriteLineAsync($"{command.Verb}: environment {app.Environment.EnvironmentName}");
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cts.Token);
            return await command.RunAsync(scope.ServiceProvider, VerbArguments(args), output, cts.Token);
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("Cancelled.");
            return 130;
        }
    }
}
