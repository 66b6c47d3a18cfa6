using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace ModularShop.Host.Api;

internal static class ProblemAnswers
{
    /// <summary>
    /// Answers with a ProblemDetails of this status, written as every other problem of the shop is, and with a
    /// <c>Retry-After</c> header when the client may come back after <paramref name="retryAfter"/>.
    /// </summary>
    public static async Task WriteProblemAsync(this HttpContext context, int status, string? title, string detail, TimeSpan? retryAfter = null, string? type = null)
    {
        context.Response.StatusCode = status;
        if (retryAfter is { } wait)
        {
            context.Response.SetRetryAfter(wait);
        }

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Type = type, Status = status, Title = title, Detail = detail },
        });
    }

    /// <summary><c>Retry-After</c> in whole seconds, at least one.</summary>
    public static void SetRetryAfter(this HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
