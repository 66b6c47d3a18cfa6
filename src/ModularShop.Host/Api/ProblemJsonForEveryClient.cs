namespace ModularShop.Host.Api;

/// <summary>
/// ASP.NET Core writes a ProblemDetails only for a client whose <c>Accept</c> header lists JSON, and fails with a 500
/// for any other (a browser's <c>text/html</c>, <c>application/xml</c>). A refusal is a refusal whatever the client
/// prefers, so every problem is written as <c>application/problem+json</c> by the framework's own writer.
/// </summary>
internal sealed class ProblemJsonForEveryClient(IProblemDetailsWriter framework) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context) => framework.WriteAsync(context);
}
