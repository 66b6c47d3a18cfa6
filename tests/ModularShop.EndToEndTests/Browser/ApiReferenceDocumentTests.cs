using System.Text.Json;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Browser;

/// <summary>
/// What the API reference page says about credentials comes from the OpenAPI document: each operation that needs a
/// token lists its 401, and each that needs a role its 403, both as ProblemDetails; an anonymous one lists neither.
/// </summary>
public sealed class ApiReferenceDocumentTests : IAsyncLifetime
{
    private TestShop _shop = null!;

    public async Task InitializeAsync() => _shop = await TestShop.StartAsync();

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [Fact]
    public async Task The_document_is_named_after_the_shop_whatever_process_serves_it()
    {
        using var document = JsonDocument.Parse(await _shop.Anonymous().GetStringAsync("/openapi/v1.json"));

        document.RootElement.GetProperty("info").GetProperty("title").GetString().ShouldBe("ModularShop");
    }

    [Fact]
    public async Task Every_protected_operation_lists_its_401_and_only_those_that_need_a_role_their_403()
    {
        using var document = JsonDocument.Parse(await _shop.Anonymous().GetStringAsync("/openapi/v1.json"));
        var operations = DocumentedOperation.AllIn(document.RootElement);

        operations.ShouldContain(operation => operation.Roles == null, "some operations are open to anyone");
        operations.ShouldContain(operation => operation.Roles != null && operation.Roles.Count == 0, "some need a customer's token");
        operations.ShouldContain(operation => operation.Roles != null && operation.Roles.Count > 0, "some need the admin role");
        foreach (var operation in operations)
        {
            var answers = operation.ProblemAnswers;
            switch (operation.Roles)
            {
                case null:
                    answers.ShouldNotContain("401", $"{operation} is open to anyone");
                    answers.ShouldNotContain("403", $"{operation} is open to anyone");
                    break;
                case { Count: 0 }:
                    answers.ShouldContain("401", $"{operation} needs a token");
                    answers.ShouldNotContain("403", $"{operation} needs no role");
                    break;
                default:
                    answers.ShouldContain("401", $"{operation} needs a token");
                    answers.ShouldContain("403", $"{operation} needs a role");
                    break;
            }
        }
    }

    [Fact]
    public async Task The_checkout_and_the_catalogs_writes_say_what_they_answer_without_the_right_token()
    {
        using var document = JsonDocument.Parse(await _shop.Anonymous().GetStringAsync("/openapi/v1.json"));
        var operations = DocumentedOperation.AllIn(document.RootElement).ToDictionary(operation => operation.ToString());

        operations["POST /api/cart/checkout"].ProblemAnswers.ShouldContain("401");
        operations["POST /api/cart/checkout"].ProblemAnswers.ShouldNotContain("403");
        operations["POST /api/catalog/products"].ProblemAnswers.ShouldContain("401");
        operations["POST /api/catalog/products"].ProblemAnswers.ShouldContain("403");
        operations["GET /api/catalog/products"].ProblemAnswers.ShouldNotContain("401");
    }

    /// <summary>One operation of the document: who may call it, and the answers it lists with a ProblemDetails body.</summary>
    private sealed record DocumentedOperation(string Method, string Path, IReadOnlyList<string>? Roles, IReadOnlyList<string> ProblemAnswers)
    {
        public override string ToString() => $"{Method} {Path}";

        public static List<DocumentedOperation> AllIn(JsonElement document)
        {
            var schemas = document.GetProperty("components").GetProperty("schemas");
            return document.GetProperty("paths").EnumerateObject()
                .SelectMany(path => path.Value.EnumerateObject().Select(operation => new DocumentedOperation(
                    operation.Name.ToUpperInvariant(),
                    path.Name,
                    RolesOf(operation.Value),
                    ProblemAnswersOf(operation.Value, schemas))))
                .ToList();
        }

        private static List<string>? RolesOf(JsonElement operation) =>
            operation.TryGetProperty("security", out var security) && security.GetArrayLength() > 0
                ? security.EnumerateArray().SelectMany(requirement => requirement.EnumerateObject()).SelectMany(scheme => scheme.Value.EnumerateArray()).Select(role => role.GetString()!).ToList()
                : null;

        /// <summary>The statuses whose answer is <c>application/problem+json</c> with the ProblemDetails schema.</summary>
        private static List<string> ProblemAnswersOf(JsonElement operation, JsonElement schemas) =>
            operation.TryGetProperty("responses", out var responses)
                ? responses.EnumerateObject()
                    .Where(response => response.Value.TryGetProperty("content", out var content)
                        && content.TryGetProperty("application/problem+json", out var problem)
                        && IsProblemDetails(problem.GetProperty("schema"), schemas))
                    .Select(response => response.Name)
                    .ToList()
                : [];

        private static bool IsProblemDetails(JsonElement schema, JsonElement schemas)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                schema = schemas.GetProperty(reference.GetString()!.Split('/').Last());
            }

            return schema.TryGetProperty("properties", out var properties)
                && new[] { "type", "title", "status", "detail", "instance" }.All(name => properties.TryGetProperty(name, out _));
        }
    }
}
