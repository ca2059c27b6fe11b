using SahkoinenPerhekeskus.Core.Accounts;

namespace SahkoinenPerhekeskus.Web.Cli;

/// <summary>
/// Creates a back-office account. The password is read from standard input (first line), never from the
/// arguments, so it does not end up in shell history or the process list:
/// <c>printf '%s\n' "$PW" | ./run.sh create-user joensuu@example.fi --role municipality-editor --municipality 167</c>.
/// </summary>
public sealed class CreateUserCommand(TextReader? input = null) : ICommand
{
    public string Verb => "create-user";

    public string Usage =>
        "create-user <email> --role <" + string.Join("|", EditorRoles.Assignable) + "> [--municipality <code>...] [--organisation <id>] [--area <code>] "
        + "[--name <display name>] [--organisation-services] [--require-2fa]   password from standard input";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken ct)
    {
        if (!TryParse(args, out var email, out var role, out var municipalities, out var organisation, out var area, out var name, out var flags, out var error))
        {
            await Console.Error.WriteLineAsync(error);
            await Console.Error.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        var password = (await (input ?? Console.In).ReadLineAsync(ct))?.TrimEnd('\r');
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync("No password on standard input.");
            return 2;
        }

        var result = await services.GetRequiredService<AccountService>().CreateAsync(
            new NewAccount(email!, role!, municipalities, organisation, password, name, flags.Contains("--organisation-services"), flags.Contains("--require-2fa"), area), ct);
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems)
            {
                await Console.Error.WriteLineAsync($"{problem.Field}: {problem.Message}");
            }

            return 1;
        }

        await output.WriteLineAsync($"Created {role} {email}.");
        return 0;
    }

    internal static bool TryParse(
        IReadOnlyList<string> args, out string? email, out string? role, out List<string> municipalities, out string? organisation, out string? area, out string? name,
        out HashSet<string> flags, out string error)
    {
        email = role = organisation = area = name = null;
        municipalities = [];
        flags = [];
        error = "";
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? Next() => i + 1 < args.Count ? args[++i] : null;
            switch (arg)
            {
                case "--role": role = Next(); break;
                case "--municipality": if (Next() is { } m) { municipalities.Add(m); } break;
                case "--organisation": organisation = Next(); break;
                case "--area": area = Next(); break;
                case "--name": name = Next(); break;
                case "--organisation-services" or "--require-2fa": flags.Add(arg); break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal) || email is not null)
                    {
                        error = $"Unexpected argument '{arg}'.";
                        return false;
                    }

                    email = arg;
                    break;
            }
        }

        if (email is null || !email.Contains('@', StringComparison.Ordinal))
        {
            error = "Give the account's e-mail address.";
            return false;
        }

        if (!EditorRoles.IsAssignable(role))
        {
            error = $"--role must be one of {string.Join(", ", EditorRoles.Assignable)}.";
            return false;
        }

        return true;
    }
}
