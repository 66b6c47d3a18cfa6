using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ModularShop.Host.Security;

/// <summary>
/// The OpenAPI document says which operations need a bearer token and which roles, from the same authorization
/// metadata that decides it at run time, so a client reads it from the document rather than from prose; and it lists
/// the 401 such an operation answers without a valid token, and the 403 it answers a token without the role.
/// </summary>
internal sealed class BearerSecurityInOpenApi(IAuthorizationPolicyProvider policies) : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string SchemeName = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A token signed with the shop's key; its subject is the customer, its role claims the roles.",
        };
        return Task.CompletedTask;
    }

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var authorize = metadata.OfType<IAuthorizeData>().ToList();
        if (authorize.Count == 0 || metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        var policy = await AuthorizationPolicy.CombineAsync(policies, authorize);
        var roles = policy!.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(requirement => requirement.AllowedRoles).Distinct().ToList();

        // OpenAPI 3.1 lets the scopes of a scheme other than OAuth list the roles the operation needs.
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = roles }];

        await AddProblemAnswerAsync(
            operation,
            context,
            StatusCodes.Status401Unauthorized,
            "No valid bearer token: none was sent, or it expired, or its key, issuer or audience is not the shop's.",
            cancellationToken);
        if (roles.Count > 0)
        {
            await AddProblemAnswerAsync(
                operation,
                context,
                StatusCodes.Status403Forbidden,
                $"The token does not carry the role this operation needs: {string.Join(", ", roles)}.",
                cancellationToken);
        }
    }

    private static async Task AddProblemAnswerAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string description, CancellationToken cancellationToken)
    {
        operation.Responses ??= new OpenApiResponses();
        var key = status.ToString(CultureInfo.InvariantCulture);

        // An endpoint that declares the answer itself (the operations API does) keeps its own.
        if (operation.Responses.ContainsKey(key))
        {
            return;
        }

        var problem = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), parameterDescription: null, cancellationToken);
        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
        };
    }
}
