using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.Host.Api;

namespace ModularShop.Host.RateLimiting;

/// <summary>
/// A call over its limit is answered 429 with a <c>Retry-After</c> header and a ProblemDetails, before its endpoint
/// runs, so nothing is written. ASP.NET Core counts it in <c>aspnetcore.rate_limiting.requests</c>; it is logged here.
/// </summary>
internal static partial class RateLimitRejection
{
    public static async ValueTask AnswerAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var policy = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? "unknown";
        var module = ModuleEndpointMetadata.ModuleOf(context);
        var limit = ShopRateLimiting.LimitsOf(context).For(module, policy);
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : limit.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

        Refused(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitRejection)), context.Request.Method, context.Request.Path, module, policy, ShopRateLimiting.ClientOf(context), seconds);
        await context.WriteProblemAsync(
            StatusCodes.Status429TooManyRequests,
            "Too many requests",
            string.Create(
                CultureInfo.InvariantCulture,
                $"{module} takes at most {limit.PermitLimit} {Describe(policy)} from one client every {limit.Window.TotalSeconds:0.#} s; nothing was changed. Try again in {seconds} s."),
            retryAfter,
            type: "https://tools.ietf.org/html/rfc6585#section-4");
    }

    private static string Describe(string policy) => policy.Replace('-', ' ');

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit: {Method} {Path} refused for {Client}, over {Module}'s limit of {Policy}; retry after {RetryAfterSeconds} s")]
    private static partial void Refused(ILogger logger, string method, string path, string module, string policy, string client, int retryAfterSeconds);
}
