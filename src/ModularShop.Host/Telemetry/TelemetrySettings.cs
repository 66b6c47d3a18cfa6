using System.ComponentModel.DataAnnotations;
using ModularShop.Host.Api;

namespace ModularShop.Host.Telemetry;

/// <summary>
/// The <c>Telemetry</c> section. Traces and metrics are recorded by default; they leave the process only through an
/// exporter: OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and a Prometheus scrape endpoint when turned on.
/// </summary>
internal sealed class TelemetrySettings : IValidatableObject
{
    public const string Section = "Telemetry";

    /// <summary>OpenTelemetry's standard setting; unset, nothing is sent anywhere.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>False turns OpenTelemetry off altogether: no spans recorded, no metrics collected, nothing exported.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The share of new traces that are recorded; a call that arrives within a trace follows its caller's decision.</summary>
    [Range(0.0, 1.0)]
    public double SamplingRatio { get; set; } = 1.0;

    [Required]
    public PrometheusSettings Prometheus { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Prometheus.Enabled && !Enabled)
        {
            yield return new ValidationResult("The Prometheus endpoint needs telemetry: Telemetry:Enabled is false.", [nameof(Prometheus)]);
        }
    }
}

/// <summary>
/// <c>Telemetry:Prometheus</c>: a scrape endpoint on the shop's own port, answered only to callers from
/// <see cref="AllowedNetworks"/> (loopback when unset); to anyone else it does not exist (404).
/// </summary>
internal sealed class PrometheusSettings : IValidatableObject
{
    public bool Enabled { get; set; }

    [Required]
    [RegularExpression("^/[A-Za-z0-9/_-]*$", ErrorMessage = "The path must start with '/' and hold only letters, digits, '/', '_' and '-'.")]
    public string Path { get; set; } = "/metrics";

    /// <summary>Addresses or networks (CIDR) of the scrapers, for example a Prometheus in the same cluster.</summary>
    public string[]? AllowedNetworks { get; set; }

    public IReadOnlyList<System.Net.IPNetwork> Scrapers => Networks.Parse(AllowedNetworks, Networks.Loopback);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Networks.Validate(AllowedNetworks, nameof(AllowedNetworks));
}
