using System.Diagnostics;
using ModularShop.BuildingBlocks.Modules;
using Serilog.Context;

namespace ModularShop.Host.Logging;

/// <summary>
/// The correlation id of a request is its W3C trace id: a caller continues a trace with a traceparent header,
/// Wolverine copies it onto every message the request causes, and the message handlers log it again.
/// The id is echoed in the X-Correlation-ID response header.
/// </summary>
internal static class RequestCorrelation
{
    public const string Header = "X-Correlation-ID";

    public static string IdOf(HttpContext context) => Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;

    /// <summary>
    /// Echoes the correlation id on every answer, error answers included: the header is added as the response
    /// starts, after the exception handler may have cleared what was set before. Runs first.
    /// </summary>
    public static IApplicationBuilder UseCorrelationHeader(this IApplicationBuilder app)
    {
        RequestActivities.EnsureListening();
        return app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[Header] = IdOf(context);
                return Task.CompletedTask;
            });
            await next(context);
        });
    }

    /// <summary>Puts the correlation id and the owning module on every log event of the request. Runs after routing.</summary>
    public static IApplicationBuilder UseRequestLogContext(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            using (LogContext.PushProperty("CorrelationId", IdOf(context)))
            using (LogContext.PushProperty("Module", ModuleEndpointMetadata.ModuleOf(context)))
            {
                await next(context);
            }
        });
}
