using ModularShop.BuildingBlocks.Security;
using ModularShop.BuildingBlocks.Validation;

namespace ModularShop.Host.Security;

internal sealed record DevTokenRequest(string Subject, string[]? Roles = null);

internal sealed record DevTokenResponse(string Token);

/// <summary>POST /dev/token: a signed token for anyone who asks. Mapped in the Development environment only.</summary>
internal static class DevTokenEndpoint
{
    public static void MapDevTokens(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/dev/token", (DevTokenRequest body, TokenIssuer issuer) =>
            {
                var roles = body.Roles ?? [];
                var errors = new List<ValidationError>();
                if (string.IsNullOrWhiteSpace(body.Subject) || body.Subject.Length > CustomerIds.MaxLength)
                {
                    errors.Add(new ValidationError("subject", $"must be 1 to {CustomerIds.MaxLength} characters"));
                }

                if (roles.Any(string.IsNullOrWhiteSpace))
                {
                    errors.Add(new ValidationError("roles", "must not contain empty role names"));
                }

                if (errors.Count > 0)
                {
                    throw new RequestValidationException(errors);
                }

                return TypedResults.Ok(new DevTokenResponse(issuer.Issue(body.Subject, roles)));
            })
            .AllowAnonymous()
            .WithTags("Development")
            .WithName("IssueDevelopmentToken")
            .WithSummary("Development only: a signed token for the given subject and roles.")
            .ProducesValidationProblem();
}
