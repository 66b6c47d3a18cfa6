using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Timeouts;
using ModularShop.BuildingBlocks.Configuration;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.Host.Logging;
using ModularShop.Host.RateLimiting;
using ModularShop.Host.Security;
using ModularShop.Host.Shutdown;
using ModularShop.Host.Telemetry;

namespace ModularShop.Host.Api;

internal static class ShopApi
{
    /// <summary>
    /// JSON that refuses what it cannot read, ProblemDetails for every error, limits on what a client may send and on
    /// how long a request may take, the client's address from trusted proxies, rate limits, OpenAPI.
    /// </summary>
    public static WebApplicationBuilder AddShopApi(this WebApplicationBuilder builder, ModuleCatalog modules)
    {
        var http = SettingsReader.Read<HttpSettings>(builder.Configuration, HttpSettings.Section);
        builder.Services.AddSingleton(http);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = http.MaxRequestBodyBytes;
            kestrel.Limits.RequestHeadersTimeout = http.RequestHeadersTimeout;
            kestrel.Limits.KeepAliveTimeout = http.KeepAliveTimeout;
        });
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var network in http.TrustedNetworks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });

        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions.Remove("traceId");
            context.ProblemDetails.Extensions["correlationId"] = RequestCorrelation.IdOf(context.HttpContext);
        });
        builder.Services.Decorate<IProblemDetailsWriter, ProblemJsonForEveryClient>();
        builder.Services.AddExceptionHandler<ShopExceptionHandler>();
        builder.Services.AddRequestTimeouts(options => options.DefaultPolicy = new RequestTimeoutPolicy { Timeout = http.RequestTimeout });
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(options =>
        {
            // A missing field or a null where the contract has none is an error the client should hear about,
            // not a zero or an empty string quietly written to the database.
            options.SerializerOptions.RespectNullableAnnotations = true;
            options.SerializerOptions.RespectRequiredConstructorParameters = true;
        });
        builder.AddShopRateLimiting(modules);
        builder.Services.AddOpenApi(options =>
        {
            // Without it the document is named after the entry assembly, which is the test runner's in the tests.
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "ModularShop";
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer<BearerSecurityInOpenApi>();
            options.AddOperationTransformer<BearerSecurityInOpenApi>();
        });
        return builder;
    }

    public static WebApplication UseShopApi(this WebApplication app)
    {
        var http = app.Services.GetRequiredService<HttpSettings>();
        app.UseForwardedHeaders();
        GracefulShutdown.UseConnectionCloseWhileDraining(app);
        app.UseCorrelationHeader();
        app.UseShopRequestLogging();
        app.UseExceptionHandler();
        app.UseStatusCodeProblems(http);
        app.UseRequestBodyLimit(http);
        app.UseRouting();
        app.UseRequestTimeouts();
        app.UseRequestLogContext();
        app.UseModuleOnRequestSpan();
        app.UseAuthentication();

        // After authentication, so that a signed-in customer is limited by who they are rather than where they are.
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseKnownRequestCharsets();
        return app;
    }
}
