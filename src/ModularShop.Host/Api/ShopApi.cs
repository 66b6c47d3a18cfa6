using Microsoft.AspNetCore.Http.Json;
using ModularShop.Host.Logging;

namespace ModularShop.Host.Api;

internal static class ShopApi
{
    /// <summary>JSON that refuses what it cannot read, ProblemDetails for every error, a body size limit, OpenAPI.</summary>
    public static WebApplicationBuilder AddShopApi(this WebApplicationBuilder builder)
    {
        var http = builder.Configuration.GetSection(HttpSettings.Section).Get<HttpSettings>() ?? new HttpSettings();
        builder.Services.AddSingleton(http);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = http.MaxRequestBodyBytes);

        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions.Remove("traceId");
            context.ProblemDetails.Extensions["correlationId"] = RequestCorrelation.IdOf(context.HttpContext);
        });
        builder.Services.AddExceptionHandler<ShopExceptionHandler>();
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(options =>
        {
            // A missing field or a null where the contract has none is an error the client should hear about,
            // not a zero or an empty string quietly written to the database.
            options.SerializerOptions.RespectNullableAnnotations = true;
            options.SerializerOptions.RespectRequiredConstructorParameters = true;
        });
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication UseShopApi(this WebApplication app)
    {
        app.UseCorrelationHeader();
        app.UseShopRequestLogging();
        app.UseExceptionHandler();
        app.UseStatusCodeProblems(app.Services.GetRequiredService<HttpSettings>().MaxRequestBodyBytes);
        app.UseRouting();
        app.UseRequestLogContext();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
