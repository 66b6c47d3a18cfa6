using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;
using ModularShop.BuildingBlocks.Modules;

namespace ModularShop.Host.Web;

/// <summary>
/// The shop's pages for browsers: the storefront at <c>/</c>, one order at <c>/orders/{id}</c> and the operations
/// console at <c>/ops</c>. They are static HTML, CSS and JavaScript built into the host, and they call the shop's
/// public API with the visitor's bearer token like any other client, so they need nothing the API does not offer.
/// The process that faces browsers serves them; a module split out as a service of its own does not.
/// </summary>
internal static class ShopPages
{
    public const string AssetsPath = "/assets";

    private static readonly EmbeddedFileProvider Assets = new(typeof(ShopPages).Assembly, $"{typeof(ShopPages).Namespace}.Assets");

    public static WebApplication MapShopPages(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ModuleCatalog>().IsService)
        {
            return app;
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = Assets,
            RequestPath = AssetsPath,
            OnPrepareResponse = file =>
            {
                PageSecurity.Apply(file.Context);

                // Asked again on every load (an ETag makes that cheap), so that a new release's scripts meet its pages.
                file.Context.Response.Headers.CacheControl = "no-cache";
            },
        });

        MapPage(app, "/", "storefront.html");
        MapPage(app, "/orders/{orderId:guid}", "order.html");
        MapPage(app, "/ops", "ops.html");
        app.MapSignInOptions();
        return app;
    }

    private static void MapPage(WebApplication app, string pattern, string file) =>
        app.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Head], (HttpContext context) =>
            {
                PageSecurity.Apply(context);
                context.Response.Headers.CacheControl = "no-cache";
                return Results.Stream(Assets.GetFileInfo(file).CreateReadStream(), "text/html; charset=utf-8");
            })
            .AllowAnonymous()
            .DisableRateLimiting()
            .ExcludeFromDescription();
}
