namespace ModularShop.EndToEndTests.Fuzzing;

/// <summary>One operation of the shop's OpenAPI document: what a client may send to it.</summary>
internal sealed record ApiOperation(
    string Method,
    string PathTemplate,
    IReadOnlyList<ApiParameter> Parameters,
    ApiSchema? Body,
    ApiSecurity Security)
{
    public IEnumerable<ApiParameter> InPath => Parameters.Where(parameter => parameter.In == "path");

    public IEnumerable<ApiParameter> InQuery => Parameters.Where(parameter => parameter.In == "query");

    public override string ToString() => $"{Method} {PathTemplate}";
}

internal sealed record ApiParameter(string Name, string In, ApiSchema Schema);

/// <summary>Who may call an operation: anyone, any holder of a valid token, or one holding these roles.</summary>
internal sealed record ApiSecurity(bool NeedsToken, IReadOnlyList<string> Roles)
{
    public static readonly ApiSecurity Anonymous = new(false, []);
}

/// <summary>A JSON schema as far as generating values for it goes, with every <c>$ref</c> resolved.</summary>
internal sealed record ApiSchema(
    IReadOnlyList<string> Types,
    string? Format,
    IReadOnlyDictionary<string, ApiSchema> Properties,
    IReadOnlyList<string> Required,
    ApiSchema? Items,
    IReadOnlyList<string>? Enum = null)
{
    public bool Is(string type) => Types.Contains(type);

    public bool IsUuid => Format == "uuid";
}
