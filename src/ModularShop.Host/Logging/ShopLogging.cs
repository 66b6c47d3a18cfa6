using ModularShop.BuildingBlocks.Modules;
using Serilog;
using Serilog.Formatting.Compact;

namespace ModularShop.Host.Logging;

internal static class ShopLogging
{
    private const string TextTemplate =
        "[{Timestamp:HH:mm:ss} {Level:u3}] [{Module}] {Message:lj} {CorrelationId}{NewLine}{Exception}";

    /// <summary>
    /// Structured console logs through Serilog; <c>Logging:Format=json</c> switches to compact JSON, one event per line.
    /// Every event carries the module and the correlation id when they are known.
    /// </summary>
    public static WebApplicationBuilder AddShopLogging(this WebApplicationBuilder builder)
    {
        var json = string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase);
        builder.Services.AddSerilog((services, logger) =>
        {
            logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.WithProperty("Application", "ModularShop")
                .Enrich.WithProperty("Module", "Host");
            if (json)
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(outputTemplate: TextTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });
        return builder;
    }

    public static IApplicationBuilder UseShopRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                diagnostics.Set("Module", ModuleEndpointMetadata.ModuleOf(context));
                diagnostics.Set("CorrelationId", RequestCorrelation.IdOf(context));
            };
        });
}
