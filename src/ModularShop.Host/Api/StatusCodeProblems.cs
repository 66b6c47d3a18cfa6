using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ModularShop.Host.Api;

/// <summary>
/// Error answers that no endpoint wrote (no route, wrong method, a body that is too large or not JSON) still get a
/// ProblemDetails body that says what to change.
/// </summary>
internal static class StatusCodeProblems
{
    public static IApplicationBuilder UseStatusCodeProblems(this IApplicationBuilder app, long maxRequestBodyBytes) =>
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            var request = http.Request;
            var status = http.Response.StatusCode;
            var detail = status switch
            {
                StatusCodes.Status404NotFound => $"Nothing is served at {request.Method} {request.Path}.",
                StatusCodes.Status405MethodNotAllowed => $"{request.Method} is not allowed on {request.Path}.",
                StatusCodes.Status413PayloadTooLarge => $"The request body is larger than {maxRequestBodyBytes} bytes, the most this API reads.",
                StatusCodes.Status415UnsupportedMediaType => "The body must be JSON, sent with 'Content-Type: application/json'.",
                _ => null,
            };
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
            });
        });
}
