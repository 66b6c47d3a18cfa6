namespace ModularShop.Host.Web;

/// <summary>
/// The headers of a page the shop serves to browsers: a Content-Security-Policy that lets the page load and call
/// nothing but the shop's own origin, and no content sniffing.
/// </summary>
internal static class PageSecurity
{
    public static void Apply(HttpContext context, string? scriptNonce = null, bool inlineStyles = false)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = PolicyFor(scriptNonce, inlineStyles);
    }

    /// <summary>
    /// Scripts only from the shop or carrying this answer's nonce, never inline otherwise. Inline styles only for a page
    /// whose components set style attributes and add style elements at run time (the API reference), which no nonce or
    /// hash can cover; a style cannot run code.
    /// </summary>
    internal static string PolicyFor(string? scriptNonce, bool inlineStyles) => string.Join(
        "; ",
        "default-src 'self'",
        scriptNonce is null ? "script-src 'self'" : $"script-src 'self' 'nonce-{scriptNonce}'",
        inlineStyles ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");
}
