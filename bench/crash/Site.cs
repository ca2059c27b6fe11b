using System.Diagnostics;

namespace SahkoinenPerhekeskus.Bench.Crash;

/// <summary>The site under test as a real process (`dotnet SahkoinenPerhekeskus.Web.dll`), started and killed with SIGKILL.</summary>
public sealed class Site(string dll, IReadOnlyDictionary<string, string> environment, string url, string log)
{
    private Process? _process;

    public string Url => url;

    public async Task StartAsync(bool seed)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        if (await AnswersAsync(http))
        {
            throw new InvalidOperationException($"something already answers on {url}: stop it first");
        }

        _process = Start(["--urls", url], seed, log);
        var started = Stopwatch.StartNew();
        while (started.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the site exited with {_process.ExitCode} on start; see {log}");
            }

            try
            {
                using var ready = await http.GetAsync(url + "/healthz/ready");
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("the site did not become ready in 3 minutes");
    }

    private async Task<bool> AnswersAsync(HttpClient http)
    {
        try
        {
            using var answer = await http.GetAsync(url + "/healthz/live");
            return true;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush, as when the machine loses power or the OOM killer strikes.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Runs a verb to its end; returns its exit code and what it printed.</summary>
    public async Task<(int Code, string Output)> VerbAsync(string workingDirectory, params string[] args)
    {
        using var process = Start(args, seed: false, log: null, workingDirectory);
        // Both pipes at once: a verb that fills one while we wait on the other would block forever.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Runs a verb with <paramref name="input"/> as its standard input, through the shell as an operator would pipe it.</summary>
    public async Task<(int Code, string Output)> VerbWithInputAsync(string input, params string[] args)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("printf '%s\\n' \"$CRASH_INPUT\" | exec dotnet \"$0\" \"$@\"");
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["CRASH_INPUT"] = input;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("sh did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Starts a verb without waiting, so that it can be killed mid-way.</summary>
    public Process StartVerb(string workingDirectory, params string[] args)
    {
        var process = Start(args, seed: false, log: null, workingDirectory);
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    public Process Start(string[] args, bool seed, string? log, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = log is null,
            RedirectStandardError = log is null,
            RedirectStandardInput = true,
            // No byte-order mark: create-user would read it as the first character of the password.
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["Perhekeskus__SeedContent"] = seed ? "true" : "false";
        if (log is not null)
        {
            // The shell appends the site's output to its log, so a crash leaves the last lines to read.
            start.FileName = "/bin/sh";
            start.ArgumentList.Clear();
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("exec dotnet \"$0\" \"$@\" >> \"" + log + "\" 2>&1");
            start.ArgumentList.Add(dll);
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }
}
