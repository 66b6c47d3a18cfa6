namespace ModularShop.Testing.Telemetry;

/// <summary>A span as an OTLP collector receives it, with the service that exported it.</summary>
public sealed record ReceivedSpan(
    string Service,
    string Scope,
    string TraceId,
    string SpanId,
    string? ParentSpanId,
    string Name,
    SpanKind Kind,
    DateTimeOffset Start,
    DateTimeOffset End,
    IReadOnlyDictionary<string, string> Attributes)
{
    public string? Attribute(string key) => Attributes.GetValueOrDefault(key);

    public override string ToString() => $"{Service} {Scope} '{Name}' ({Kind}) {SpanId} <- {ParentSpanId ?? "root"}";

    /// <summary>
    /// The spans of a trace whose parent is not among them: one, the first, once the trace has arrived whole. A parent
    /// ends, and is exported, after its children, so a trace read too early has more.
    /// </summary>
    public static IEnumerable<ReceivedSpan> RootsOf(IReadOnlyCollection<ReceivedSpan> trace)
    {
        var ids = trace.Select(span => span.SpanId).ToHashSet();
        return trace.Where(span => span.ParentSpanId is null || !ids.Contains(span.ParentSpanId));
    }
}

/// <summary>OTLP's span kinds, by their numbers on the wire.</summary>
public enum SpanKind
{
    Unspecified = 0,
    Internal = 1,
    Server = 2,
    Client = 3,
    Producer = 4,
    Consumer = 5,
}
