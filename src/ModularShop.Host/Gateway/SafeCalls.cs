namespace ModularShop.Host.Gateway;

/// <summary>The calls the gateway may send more than once: they change nothing, and carry no body that could be half sent.</summary>
internal static class SafeCalls
{
    public static bool IsSafeMethod(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);

    public static bool MayBeSentAgain(HttpRequest request) =>
        IsSafeMethod(request.Method)
        && request.ContentLength is null or 0
        && !request.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.TransferEncoding);
}
