using System.ComponentModel.DataAnnotations;
using System.Net;

namespace ModularShop.Host.Api;

/// <summary>The <c>Http</c> section: what the shop accepts from a client, and for how long it waits.</summary>
internal sealed class HttpSettings : IValidatableObject
{
    public const string Section = "Http";

    /// <summary>The largest request body the API reads; Kestrel stops reading beyond it and the answer is 413.</summary>
    [Range(1_024, 100 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>How long the shop works on one request before it gives up and answers 504; the work is cancelled.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a client may take to send its request line and headers before Kestrel closes the connection.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:05:00")]
    public TimeSpan RequestHeadersTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an idle connection is kept open for the client's next request.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Addresses or networks (CIDR) of the proxies in front of the shop, whose <c>X-Forwarded-For</c> says who the
    /// client is: the shop's gateway in front of a split-out module, a load balancer. Unset: loopback only.
    /// </summary>
    public string[]? TrustedProxies { get; set; }

    /// <summary>The trusted proxies as networks: a single address is a network of one.</summary>
    public IReadOnlyList<IPNetwork> TrustedNetworks => Networks.Parse(TrustedProxies, Networks.Loopback);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Networks.Validate(TrustedProxies, nameof(TrustedProxies));
}
