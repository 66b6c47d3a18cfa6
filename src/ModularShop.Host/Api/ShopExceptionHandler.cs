using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Domain;
using ModularShop.BuildingBlocks.Errors;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.BuildingBlocks.Validation;

namespace ModularShop.Host.Api;

/// <summary>
/// Turns what went wrong into a ProblemDetails answer that says what to fix. Anything not listed here is a bug:
/// it is logged in full and answered with a 500 that gives nothing away.
/// </summary>
internal sealed partial class ShopExceptionHandler(IProblemDetailsService problems, ILogger<ShopExceptionHandler> logger) : IExceptionHandler
{
    private static readonly TimeSpan DatabaseRetryAfter = TimeSpan.FromSeconds(5);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            RequestValidationException invalid => Invalid(invalid),
            BadHttpRequestException badRequest => Problem(badRequest.StatusCode, TitleOf(badRequest.StatusCode), Describe(badRequest)),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, $"{notFound.Resource} not found", notFound.Message),
            ConflictException conflict => Problem(StatusCodes.Status409Conflict, "Conflict", conflict.Message),
            _ when DatabaseErrors.IsUnavailable(exception) => Unavailable(httpContext, exception),
            DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "Conflict", "Someone else changed the same data at the same moment; read it again and retry."),
            BusinessRuleViolationException broken => Problem(StatusCodes.Status422UnprocessableEntity, "Business rule violated", broken.Message, broken.Rule),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            _ => Unexpected(exception),
        };
        if (problem is null)
        {
            return true;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>A database that cannot serve for now: the client may try again, and the gateway or a load balancer may send it elsewhere.</summary>
    private ProblemDetails Unavailable(HttpContext httpContext, Exception exception)
    {
        logger.LogWarning("The database could not serve the request: {Reason}", exception.GetBaseException().Message);
        httpContext.Response.SetRetryAfter(DatabaseRetryAfter);
        return Problem(StatusCodes.Status503ServiceUnavailable, "The database is unavailable", $"The shop cannot reach its database right now, and nothing was changed; try again in {DatabaseRetryAfter.TotalSeconds:0} s.");
    }

    private ProblemDetails Unexpected(Exception exception)
    {
        logger.LogError(exception, "Unhandled exception while serving the request");
        return Problem(StatusCodes.Status500InternalServerError, "Unexpected error", "Something went wrong on our side; it has been logged under this request's correlation id.");
    }

    private static HttpValidationProblemDetails Invalid(RequestValidationException exception) =>
        new(exception.Errors.GroupBy(error => error.Field).ToDictionary(group => group.Key, group => group.Select(error => error.Message).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is invalid",
            Detail = "One or more fields are invalid; nothing was changed.",
        };

    private static ProblemDetails Problem(int status, string? title, string detail, string? rule = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (rule is not null)
        {
            problem.Extensions["rule"] = rule;
        }

        return problem;
    }

    private static string? TitleOf(int status) => status == StatusCodes.Status400BadRequest ? "Bad request" : null;

    private static string Describe(BadHttpRequestException exception) => exception.InnerException switch
    {
        JsonException json => $"The JSON body could not be read: {WithoutTypeNames(json.Message)}",
        _ => WithoutTypeNames(exception.Message),
    };

    // The serializer names our internal types; the client needs the field and the problem, not our namespaces.
    private static string WithoutTypeNames(string message) => TypeName().Replace(message, match => ShortTypeName(match.Value));

    private static string ShortTypeName(string qualified) => qualified[(qualified.LastIndexOf('.') + 1)..];

    [GeneratedRegex(@"ModularShop(\.[A-Za-z0-9_]+)+")]
    private static partial Regex TypeName();
}
