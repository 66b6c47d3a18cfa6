using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModularShop.Testing;

/// <summary>Reading and sending JSON the way a client of the shop does.</summary>
public static class HttpJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return JsonSerializer.Deserialize<T>(body, Options)
            ?? throw new InvalidOperationException($"Expected a {typeof(T).Name} in the body, got: {body}");
    }

    public static Task<Problem> ReadProblemAsync(this HttpResponseMessage response) => response.ReadAsync<Problem>();

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, Options);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body, Options);

    /// <summary>A GET as a trusted proxy in front of the shop forwards it for a client at <paramref name="address"/>.</summary>
    public static async Task<HttpResponseMessage> GetForwardedForAsync(this HttpClient client, string address, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-For", address);
        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string url, string body, string contentType = "application/json") =>
        client.PostAsync(url, new StringContent(body, System.Text.Encoding.UTF8, contentType));
}

/// <summary>An RFC 9457 problem as the shop answers it.</summary>
public sealed record Problem(
    string? Type,
    string? Title,
    int? Status,
    string? Detail,
    string? Instance,
    string? CorrelationId,
    Dictionary<string, string[]>? Errors,
    string? Rule)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
