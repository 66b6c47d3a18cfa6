namespace ModularShop.Host.Api;

/// <summary>
/// A body declared larger than the shop reads is refused at once with a 413, whatever the endpoint would have said.
/// Otherwise an answer that does not read the body (a 401, a 404) leaves Kestrel unable to drain it: Kestrel then
/// drops the connection after an answer that promised to keep it open, and the client's next request on it fails.
/// </summary>
internal static class RequestBodyLimit
{
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app, HttpSettings http) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > http.MaxRequestBodyBytes)
            {
                // The problem itself is written by the status code pages, with the limit in it.
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                context.Response.Headers.Connection = "close";
                return;
            }

            await next(context);
        });
}
