using ModularShop.Testing.Telemetry;

namespace ModularShop.EndToEndTests.Telemetry;

/// <summary>One checkout's trace as a collector received it, and what an operator looks for in it.</summary>
internal sealed class CheckoutTrace(IReadOnlyList<ReceivedSpan> spans)
{
    public const string CheckoutRequest = "POST /api/cart/checkout";

    private const string ModuleAttribute = "modularshop.module";

    public IReadOnlyList<ReceivedSpan> Spans { get; } = spans;

    /// <summary>The shop's span of the checkout request: the trace's entry into the shop.</summary>
    public ReceivedSpan Request => Spans.Single(span => span.Name == CheckoutRequest && span.Kind == SpanKind.Server);

    public IEnumerable<ReceivedSpan> OfModule(string module) => Spans.Where(span => span.Attribute(ModuleAttribute) == module);

    /// <summary>Spans of Wolverine handling a message in the module (a consumer's work), under whatever name Wolverine gives them.</summary>
    public IEnumerable<ReceivedSpan> HandlingIn(string module) =>
        OfModule(module).Where(span => span.Scope == "Wolverine" && span.Kind is SpanKind.Consumer or SpanKind.Internal);

    public IEnumerable<ReceivedSpan> DatabaseCommandsOf(string module) =>
        OfModule(module).Where(span => span.Kind == SpanKind.Client && span.Attribute("db.system.name") is not null);

    /// <summary>Whether a span is the request's span or one below it, following parents across processes.</summary>
    public bool DescendsFromRequest(ReceivedSpan span)
    {
        var byId = Spans.ToDictionary(candidate => candidate.SpanId);
        var request = Request.SpanId;
        for (var current = span; current is not null; current = current.ParentSpanId is { } parent ? byId.GetValueOrDefault(parent) : null)
        {
            if (current.SpanId == request)
            {
                return true;
            }
        }

        return false;
    }

    public ReceivedSpan? ParentOf(ReceivedSpan span) => Spans.FirstOrDefault(candidate => candidate.SpanId == span.ParentSpanId);

    /// <summary>A checkout's trace is whole once every step has been handled and no span waits for its parent.</summary>
    public static bool IsComplete(IReadOnlyList<ReceivedSpan> spans, string paymentsService)
    {
        var trace = new CheckoutTrace(spans);
        return spans.Any(span => span.Name == CheckoutRequest && span.Kind == SpanKind.Server)
            && trace.HandlingIn("Payments").Any(span => span.Service == paymentsService)
            && trace.HandlingIn("Inventory").Count() >= 2
            && trace.HandlingIn("Ordering").Count() >= 3
            && trace.Roots().Count() == 1;
    }

    /// <summary>The spans whose parent is not in the trace: the first, when the trace is whole.</summary>
    public IEnumerable<ReceivedSpan> Roots() => ReceivedSpan.RootsOf(Spans);

    public override string ToString() => string.Join(Environment.NewLine, Spans);
}
