using System.Text.Json;
using ModularShop.Host.Logging;

namespace ModularShop.EndToEndTests.Fuzzing;

/// <summary>The shop's answer to one generated request, and the properties every answer must have.</summary>
internal sealed record FuzzAnswer(int Status, string? MediaType, string Body, bool ReachedTheShop)
{
    private const int ShownBodyChars = 500;

    public bool IsRefusal => Status is >= 400 and < 500;

    /// <summary>
    /// Kestrel refuses some malformed requests itself (an encoded NUL in the path, a request line over 8 KiB) with
    /// an empty answer, before any of the shop's code runs, and offers no way to change it (dotnet/aspnetcore#4726).
    /// The shop's pipeline marks every answer it writes with a correlation id, so these are told apart.
    /// </summary>
    public bool IsKestrelRefusal => IsRefusal && !ReachedTheShop;

    public bool IsSuccess => Status is >= 200 and < 300;

    public static async Task<FuzzAnswer> ReadAsync(HttpResponseMessage response) =>
        new(
            (int)response.StatusCode,
            response.Content.Headers.ContentType?.MediaType,
            await response.Content.ReadAsStringAsync(),
            response.Headers.Contains(RequestCorrelation.Header));

    /// <summary>Never a 5xx; every 4xx an <c>application/problem+json</c> body whose <c>status</c> is the answer's.</summary>
    public IEnumerable<string> BrokenProperties()
    {
        if (Status >= 500)
        {
            yield return $"the answer is a {Status}";
        }

        if (!IsRefusal)
        {
            yield break;
        }

        if (IsKestrelRefusal)
        {
            if (Status is not (400 or 414 or 431) || Body.Length > 0)
            {
                yield return $"the {Status} comes from outside the shop's pipeline, and is not one of Kestrel's empty refusals";
            }

            yield break;
        }

        if (MediaType != "application/problem+json")
        {
            yield return $"the {Status} is not a problem: its Content-Type is {MediaType ?? "none"}";
            yield break;
        }

        if (ProblemStatus() is var status && status != Status)
        {
            yield return $"the {Status} problem's \"status\" is {status?.ToString() ?? "missing or not a number"}";
        }
    }

    /// <summary>Every GUID in a successful answer's body, by the name of its field, for later requests to use.</summary>
    public IEnumerable<(string Name, Guid Id)> Ids()
    {
        if (!IsSuccess || MediaType != "application/json")
        {
            return [];
        }

        using var document = JsonDocument.Parse(Body);
        return IdsIn(document.RootElement).ToList();
    }

    public override string ToString() =>
        $"{Status} {MediaType ?? "with no Content-Type"}: {Body.Abbreviated(ShownBodyChars)}";

    private static IEnumerable<(string, Guid)> IdsIn(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property =>
            property.Value.ValueKind == JsonValueKind.String && property.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase) && Guid.TryParse(property.Value.GetString(), out var id)
                ? [(property.Name, id)]
                : IdsIn(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(IdsIn),
        _ => [],
    };

    private int? ProblemStatus()
    {
        try
        {
            using var problem = JsonDocument.Parse(Body);
            return problem.RootElement.ValueKind == JsonValueKind.Object && problem.RootElement.TryGetProperty("status", out var status) && status.TryGetInt32(out var value)
                ? value
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
