using System.Text;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace ModularShop.Host.Api;

/// <summary>
/// ASP.NET Core reads a JSON body in the charset its Content-Type names, and fails with a 500 when .NET knows no
/// such charset. The client is told instead, with a 415, before an endpoint that reads a body runs.
/// </summary>
internal static class RequestCharsets
{
    public static IApplicationBuilder UseKnownRequestCharsets(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is not null
                && MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
                && mediaType.Charset.HasValue
                && !IsKnown(HeaderUtilities.RemoveQuotes(mediaType.Charset).Value))
            {
                await context.WriteProblemAsync(
                    StatusCodes.Status415UnsupportedMediaType,
                    title: null,
                    $"The body's charset '{mediaType.Charset}' is not one the shop can read; send the JSON in UTF-8, with 'Content-Type: application/json'.");
                return;
            }

            await next(context);
        });

    private static bool IsKnown(string? charset)
    {
        try
        {
            return !string.IsNullOrWhiteSpace(charset) && Encoding.GetEncoding(charset) is not null;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
