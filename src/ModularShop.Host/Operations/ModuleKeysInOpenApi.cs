using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using ModularShop.BuildingBlocks.Modules;

namespace ModularShop.Host.Operations;

/// <summary>The document lists the modules an operations path may name, so that a client (and the fuzzer) knows them without prose.</summary>
internal static class ModuleKeysInOpenApi
{
    public static Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        // The handlers take the module from the endpoint filter, not as an argument, so the document has no
        // parameter for it until this one.
        var catalog = context.ApplicationServices.GetRequiredService<ModuleCatalog>();
        operation.Parameters ??= [];
        foreach (var unnamed in operation.Parameters.Where(parameter => parameter.Name == OperationsApi.ModuleParameter).ToList())
        {
            operation.Parameters.Remove(unnamed);
        }

        operation.Parameters.Insert(0, new OpenApiParameter
        {
            Name = OperationsApi.ModuleParameter,
            In = ParameterLocation.Path,
            Required = true,
            Description = "The module's key; the process that runs the module answers.",
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = catalog.All.Select(known => (JsonNode)JsonValue.Create(known.Key)).ToList(),
            },
        });
        return Task.CompletedTask;
    }
}
