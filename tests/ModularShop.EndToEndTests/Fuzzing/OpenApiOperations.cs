using System.Text.Json;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Fuzzing;

/// <summary>
/// Reads the operations of the running shop's OpenAPI document, so that an endpoint added to a module is fuzzed
/// without a line changed here. The document lists module endpoints only (health and the document itself are
/// mapped outside it), so nothing needs to be left out.
/// </summary>
internal static class OpenApiOperations
{
    public static async Task<IReadOnlyList<ApiOperation>> ReadAsync(TestShop shop)
    {
        using var client = shop.Anonymous();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;
        var schemas = root.TryGetProperty("components", out var components) && components.TryGetProperty("schemas", out var found) ? found : default;
        var reader = new SchemaReader(schemas);
        return root.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => new ApiOperation(
                operation.Name.ToUpperInvariant(),
                path.Name,
                ParametersOf(operation.Value, reader),
                BodyOf(operation.Value, reader),
                SecurityOf(operation.Value))))
            .ToList();
    }

    private static List<ApiParameter> ParametersOf(JsonElement operation, SchemaReader reader) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Select(parameter => new ApiParameter(
                parameter.GetProperty("name").GetString()!,
                parameter.GetProperty("in").GetString()!,
                reader.Read(parameter.GetProperty("schema")))).ToList()
            : [];

    private static ApiSchema? BodyOf(JsonElement operation, SchemaReader reader) =>
        operation.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/json", out var json)
            ? reader.Read(json.GetProperty("schema"))
            : null;

    private static ApiSecurity SecurityOf(JsonElement operation)
    {
        if (!operation.TryGetProperty("security", out var security) || security.GetArrayLength() == 0)
        {
            return ApiSecurity.Anonymous;
        }

        var roles = security.EnumerateArray().SelectMany(requirement => requirement.EnumerateObject()).SelectMany(scheme => scheme.Value.EnumerateArray()).Select(role => role.GetString()!);
        return new ApiSecurity(true, roles.Distinct().ToList());
    }

    private sealed class SchemaReader(JsonElement components)
    {
        private const string ComponentPrefix = "#/components/schemas/";

        public ApiSchema Read(JsonElement schema, int depth = 0)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                var name = reference.GetString()!;
                if (!name.StartsWith(ComponentPrefix, StringComparison.Ordinal) || depth > 10)
                {
                    throw new InvalidOperationException($"The fuzzer does not follow the reference '{name}'.");
                }

                return Read(components.GetProperty(name[ComponentPrefix.Length..]), depth + 1);
            }

            return new ApiSchema(
                TypesOf(schema),
                schema.TryGetProperty("format", out var format) ? format.GetString() : null,
                schema.TryGetProperty("properties", out var properties)
                    ? properties.EnumerateObject().ToDictionary(property => property.Name, property => Read(property.Value, depth + 1))
                    : new Dictionary<string, ApiSchema>(),
                schema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(name => name.GetString()!).ToList() : [],
                schema.TryGetProperty("items", out var items) ? Read(items, depth + 1) : null,
                schema.TryGetProperty("enum", out var values) ? values.EnumerateArray().Select(value => value.ToString()).ToList() : null);
        }

        private static List<string> TypesOf(JsonElement schema) =>
            !schema.TryGetProperty("type", out var type) ? []
            : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(name => name.GetString()!).ToList()
            : [type.GetString()!];
    }
}
