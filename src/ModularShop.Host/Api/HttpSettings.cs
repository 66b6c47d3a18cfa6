namespace ModularShop.Host.Api;

/// <summary>The <c>Http</c> section.</summary>
internal sealed class HttpSettings
{
    public const string Section = "Http";

    /// <summary>The largest request body the API reads; Kestrel stops reading beyond it and the answer is 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;
}
