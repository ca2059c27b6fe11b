namespace SahkoinenPerhekeskus.Web.Cli;

/// <summary>A command-line verb of the web project: `dotnet run --project src/SahkoinenPerhekeskus.Web -- &lt;verb&gt; …`.</summary>
public interface ICommand
{
    string Verb { get; }

    string Usage { get; }

    /// <summary>Returns the process exit code: 0 success, 1 failure, 2 bad arguments.</summary>
    Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken ct);
}
