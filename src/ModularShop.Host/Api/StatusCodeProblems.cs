using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ModularShop.Host.Api;

/// <summary>
/// Error answers that no endpoint wrote (no route, wrong method, a body that is too large or not JSON, a request
/// that took too long) still get a ProblemDetails body that says what to change.
/// </summary>
internal static class StatusCodeProblems
{
    public static IApplicationBuilder UseStatusCodeProblems(this IApplicationBuilder app, HttpSettings http) =>
        app.UseStatusCodePages(async context =>
        {
            var httpContext = context.HttpContext;
            var request = httpContext.Request;
            var status = httpContext.Response.StatusCode;
            var detail = status switch
            {
                StatusCodes.Status404NotFound => $"Nothing is served at {request.Method} {request.Path}.",
                StatusCodes.Status405MethodNotAllowed => $"{request.Method} is not allowed on {request.Path}.",
                StatusCodes.Status413PayloadTooLarge => $"The request body is larger than {http.MaxRequestBodyBytes} bytes, the most this API reads.",
                StatusCodes.Status415UnsupportedMediaType => "The body must be JSON, sent with 'Content-Type: application/json'.",
                StatusCodes.Status504GatewayTimeout => string.Create(
                    CultureInfo.InvariantCulture,
                    $"The request took longer than {http.RequestTimeout.TotalSeconds:0.#} s and the shop stopped working on it; a change it was making is either complete or not made at all, so look before you try again."),
                _ => null,
            };
            await httpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
            });
        });
}
