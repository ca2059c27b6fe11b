using System.Diagnostics;
using System.Reflection;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SahkoinenPerhekeskus.Search.Telemetry;

namespace SahkoinenPerhekeskus.Web.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics, sent by OTLP/HTTP when <c>Perhekeskus:Telemetry:OtlpEndpoint</c> is set and not
/// even registered otherwise (ADR 0016). What leaves the process carries no personal data: request spans lose their
/// query string, user agent and client address, database spans carry the SQL text but never parameter values, and
/// the search's own spans and metrics carry counts and languages only.
/// </summary>
public static class TelemetryHostingExtensions
{
    public const string ServiceName = "sahkoinen-perhekeskus";

    private const string RequestLogCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>Tags that could name a family or a device: the query string holds the search words, the rest the client.</summary>
    private static readonly string[] Scrubbed = ["url.query", "user_agent.original", "client.address", "client.port", "network.peer.address", "network.peer.port"];

    public static WebApplicationBuilder AddPerhekeskusTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // "Request starting GET /haku?q=…" would put a family's search words in the log at Information whenever an
        // operator turns ASP.NET Core's logging up; a rule added after the configuration's wins over it.
        builder.Logging.AddFilter(RequestLogCategory, level => level >= LogLevel.Warning);

        // Read once here, not through IOptions: whether the providers exist at all is decided at registration.
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var validation = new TelemetryOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            throw new InvalidOperationException(validation.FailureMessage);
        }

        if (options.BaseAddress is null)
        {
            return builder;
        }

        var version = typeof(TelemetryHostingExtensions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(ServiceName, serviceVersion: version)
                .AddAttributes([new("deployment.environment.name", builder.Environment.EnvironmentName)]))
            .WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(options.TraceSampleRatio)))
                .AddAspNetCoreInstrumentation(http =>
                {
                    // Probes every few seconds from the load balancer would drown the requests people make.
                    http.Filter = context => !context.Request.Path.StartsWithSegments("/healthz", StringComparison.Ordinal);
                    http.RecordException = false;
                    http.EnrichWithHttpRequest = (activity, _) => Scrub(activity);
                    http.EnrichWithHttpResponse = (activity, _) => Scrub(activity);
                })
                // Parameter values stay out: the instrumentation records them only when told to by its environment variable.
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource(SearchTelemetry.Name)
                .AddOtlpExporter(otlp => Point(otlp, options.Signal("/v1/traces"))))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(SearchTelemetry.Name)
                .AddOtlpExporter((otlp, reader) =>
                {
                    Point(otlp, options.Signal("/v1/metrics"));
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = options.MetricExportSeconds * 1000;
                }));

        return builder;
    }

    private static void Point(OtlpExporterOptions otlp, Uri endpoint)
    {
        // With http/protobuf and a programmatic endpoint the exporter uses the address as given: the signal path is ours.
        otlp.Protocol = OtlpExportProtocol.HttpProtobuf;
        otlp.Endpoint = endpoint;
    }

    private static void Scrub(Activity activity)
    {
        foreach (var tag in Scrubbed)
        {
            activity.SetTag(tag, null);
        }
    }
}
