using ModularShop.Host.Security;
using ModularShop.Host.Web;
using Scalar.AspNetCore;

namespace ModularShop.Host.ApiReference;

/// <summary>
/// The API reference page: Scalar reading the shop's own OpenAPI document (<c>/openapi/v1.json</c>), served from the
/// shop with Scalar's scripts from its package, so that the page loads nothing from any other host.
/// </summary>
internal static class ApiReferencePage
{
    /// <summary>Scalar's own default: the page is at <c>/scalar/v1</c>, where Scalar's documentation says to look.</summary>
    public const string Prefix = "/scalar";

    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapScalarApiReference(Prefix, options => options
                .WithTitle("ModularShop API")

                // A fresh nonce per answer on Scalar's script tags, one of them inline; the policy names it (PageSecurity).
                .WithNonce()

                // Each of these reaches a host of Scalar's: its fonts' CDN, its telemetry, its AI agent and MCP
                // features, and the developer toolbar's share and deploy buttons.
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .HideDeveloperTools()

                // The page asks for a token where an operation needs one, and sends it in the Authorization header.
                .AddPreferredSecuritySchemes(BearerSecurityInOpenApi.SchemeName))
            .AllowAnonymous()
            .AddEndpointFilter(async (context, next) =>
            {
                var result = await next(context);

                // The page's handler has run (and chosen its nonce) but its answer is not written yet.
                PageSecurity.Apply(context.HttpContext, context.HttpContext.Items[ScalarOptions.NonceHttpContextItemKey] as string, inlineStyles: true);
                return result;
            });
        return app;
    }
}
