using Microsoft.Extensions.Options;

namespace SahkoinenPerhekeskus.Web.Telemetry;

/// <summary><c>Perhekeskus:Telemetry</c>: where traces and metrics go. With no endpoint nothing is collected at all.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Perhekeskus:Telemetry";

    /// <summary>
    /// The collector's OTLP/HTTP base address, for example <c>http://127.0.0.1:4318</c>; traces go to
    /// <c>/v1/traces</c> and metrics to <c>/v1/metrics</c> under it.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>The share of requests traced (0–1) when the caller sent no sampling decision. Metrics count every request.</summary>
    public double TraceSampleRatio { get; set; } = 1.0;

    /// <summary>How often metrics are pushed, in seconds.</summary>
    public int MetricExportSeconds { get; set; } = 30;

    public Uri? BaseAddress => Uri.TryCreate(OtlpEndpoint?.Trim(), UriKind.Absolute, out var uri) ? uri : null;

    public Uri Signal(string path) => new(BaseAddress!.GetLeftPart(UriPartial.Path).TrimEnd('/') + path);
}

/// <summary>A wrong endpoint stops the start with the setting's name, instead of a deployment that silently sends nothing.</summary>
public sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint)
            && options.BaseAddress is not { Scheme: "http" or "https" } uri)
        {
            failures.Add($"{TelemetryOptions.Section}:OtlpEndpoint must be an absolute http or https address, such as http://127.0.0.1:4318 (got '{options.OtlpEndpoint}').");
        }
        else if (options.BaseAddress is { Query.Length: > 0 })
        {
            failures.Add($"{TelemetryOptions.Section}:OtlpEndpoint takes no query string; give the collector's base address.");
        }

        if (options.TraceSampleRatio is < 0 or > 1 || double.IsNaN(options.TraceSampleRatio))
        {
            failures.Add($"{TelemetryOptions.Section}:TraceSampleRatio must be between 0 and 1.");
        }

        if (options.MetricExportSeconds is < 1 or > 3600)
        {
            failures.Add($"{TelemetryOptions.Section}:MetricExportSeconds must be between 1 and 3600.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
