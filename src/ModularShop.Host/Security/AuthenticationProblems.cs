using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using ModularShop.Host.Api;

namespace ModularShop.Host.Security;

/// <summary>401 and 403 answers with a ProblemDetails body that tells the caller what is wrong with its credentials.</summary>
internal static class AuthenticationProblems
{
    public static async Task WriteChallengeAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var detail = context.AuthenticateFailure switch
        {
            null => "This endpoint needs a bearer token: send 'Authorization: Bearer <token>'.",
            SecurityTokenExpiredException expired => $"The bearer token expired at {expired.Expires:u}.",
            SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "The bearer token's signature does not match this shop's key.",
            SecurityTokenInvalidIssuerException => "The bearer token was issued by someone this shop does not trust.",
            SecurityTokenInvalidAudienceException => "The bearer token is meant for another audience.",
            _ => "The bearer token is not valid.",
        };
        context.Response.Headers.WWWAuthenticate = context.AuthenticateFailure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        await context.HttpContext.WriteProblemAsync(StatusCodes.Status401Unauthorized, "Authentication required", detail);
    }

    public static Task WriteForbiddenAsync(ForbiddenContext context) =>
        context.HttpContext.WriteProblemAsync(StatusCodes.Status403Forbidden, "Not allowed", "Your token does not carry the role this action needs.");
}
