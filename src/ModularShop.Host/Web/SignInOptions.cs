namespace ModularShop.Host.Web;

/// <summary>How a page may sign a visitor in here: with a development token for a name (Development only), or with a bearer token from the shop's identity provider.</summary>
internal sealed record SignInOptions(bool DevelopmentTokens);

internal static class SignInOptionsEndpoint
{
    public const string Path = "/sign-in/options";

    public static void MapSignInOptions(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, (IHostEnvironment environment) => TypedResults.Ok(new SignInOptions(environment.IsDevelopment())))
            .AllowAnonymous()
            .DisableRateLimiting()
            .ExcludeFromDescription();
}
