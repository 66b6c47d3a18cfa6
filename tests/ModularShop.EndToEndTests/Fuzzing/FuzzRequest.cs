using System.Text;
using CsCheck;

namespace ModularShop.EndToEndTests.Fuzzing;

/// <summary>One generated request to one operation: everything it sends, before it is resolved against the shop's state.</summary>
internal sealed record FuzzRequest(
    ApiOperation Operation,
    IReadOnlyList<(string Name, PathValue Value)> PathValues,
    QueryString Query,
    FuzzBody? Body,
    string? ContentType,
    string? Accept,
    Credential Credential,
    IReadOnlyList<(string Name, string Value)> OtherHeaders)
{
    private const int ShownBodyChars = 300;

    public static Gen<FuzzRequest> For(ApiOperation operation)
    {
        var path = operation.InPath.Aggregate(
            Gen.Const<IReadOnlyList<(string, PathValue)>>([]),
            (values, parameter) => Gen.Select(values, PathValue.For(parameter), (before, value) => (IReadOnlyList<(string, PathValue)>)[.. before, (parameter.Name, value)]));
        var body = operation.Body is { } schema
            ? JsonBodies.For(schema).Select(found => (FuzzBody?)found)
            : Gen.Frequency((6, Gen.Const((FuzzBody?)null)), (1, JsonBodies.Unexpected.Select(found => (FuzzBody?)found)));
        return Gen.Select(path, QueryString.For(operation), body, Headers.ContentType, Headers.Accept, Credential.For(operation.Security), Headers.Others, (values, query, content, contentType, accept, credential, others) =>
            new FuzzRequest(operation, values, query, content, content is null ? null : contentType, accept, credential, others));
    }

    public string PathFor(KnownIds known) =>
        PathValues.Aggregate(Operation.PathTemplate, (path, value) => path.Replace($"{{{value.Name}}}", value.Value.Render(value.Name, known), StringComparison.Ordinal)) + Query.Render();

    public HttpRequestMessage ToMessage(string path)
    {
        var message = new HttpRequestMessage(new HttpMethod(Operation.Method), new Uri(path, UriKind.Relative));
        if (Accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", Accept);
        }

        if (Credential.Authorization() is { } authorization)
        {
            message.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body.Bytes);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        foreach (var (name, value) in OtherHeaders)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }

    /// <summary>What was sent, as a failure names it: enough to see the request again without the seed.</summary>
    public string Describe(string path)
    {
        var text = new StringBuilder($"{Operation.Method} {path.Abbreviated(500)}");
        text.Append($"\n  path values: {(PathValues.Count == 0 ? "none" : string.Join(", ", PathValues.Select(value => $"{value.Name}={value.Value}")))}");
        text.Append($"\n  query: {(Query.Pairs.Count == 0 ? "none" : Query)}");
        text.Append($"\n  Authorization: {Credential}");
        text.Append($"\n  Accept: {Accept ?? "none"}");
        text.Append($"\n  Content-Type: {ContentType ?? "none"}");
        foreach (var (name, value) in OtherHeaders)
        {
            text.Append($"\n  {name}: {value.Abbreviated(100)}");
        }

        if (Body is not null)
        {
            text.Append($"\n  body ({Body.Kind}, {Body.Bytes.Length} bytes): {Encoding.UTF8.GetString(Body.Bytes).Abbreviated(ShownBodyChars)}");
        }

        return text.ToString();
    }
}
