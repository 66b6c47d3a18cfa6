using Microsoft.AspNetCore.Mvc;

namespace ModularShop.Host.Api;

/// <summary>The <c>Http</c> section.</summary>
internal sealed class HttpSettings
{
    public const string Section = "Http";

    /// <summary>The largest request body the API reads; bigger bodies are refused with 413 before they are read.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;
}

internal static class RequestBodyLimit
{
    /// <summary>
    /// Kestrel enforces the limit too, but only while the body is read, and then answers with an empty 413.
    /// Checking the declared length first lets the client hear why.
    /// </summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app, long maxBytes) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > maxBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Title = "Request body too large",
                        Detail = $"The request body is {context.Request.ContentLength} bytes; this API reads at most {maxBytes}.",
                    },
                });
                return;
            }

            await next(context);
        });
}
