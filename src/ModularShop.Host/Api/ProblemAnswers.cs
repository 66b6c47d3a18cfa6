using Microsoft.AspNetCore.Mvc;

namespace ModularShop.Host.Api;

internal static class ProblemAnswers
{
    /// <summary>Answers with a ProblemDetails of this status, written as every other problem of the shop is.</summary>
    public static async Task WriteProblemAsync(this HttpContext context, int status, string? title, string detail)
    {
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
