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
