using CsCheck;

namespace ModularShop.EndToEndTests.Fuzzing;

/// <summary>The headers clients send, right, wrong, absent and nonsense: Accept, Content-Type, and those the shop reads or a proxy adds.</summary>
internal static class Headers
{
    public static Gen<string?> Accept => Gen.Frequency(
        (3, Gen.Const((string?)null)),
        (2, Gen.OneOf<string?>("application/json", "*/*")),
        (4, Gen.OneOf<string?>(
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
            "text/html",
            "application/xml",
            "text/plain",
            "image/png",
            "application/problem+json",
            "application/json;q=0",
            "text/*;q=0.1, application/json;q=0",
            "*/*;q=abc",
            "not a media type;;",
            ";;;",
            ",",
            "application/json; charset=latin1",
            new string('a', 2_000))));

    public static Gen<string?> ContentType => Gen.Frequency(
        (16, Gen.Const<string?>("application/json")),
        (2, Gen.Const((string?)null)),
        (6, Gen.OneOf<string?>(
            "text/plain",
            "application/xml",
            "multipart/form-data; boundary=fuzz",
            "application/x-www-form-urlencoded",
            "application/json; charset=latin1",
            "application/json; charset=utf-16",
            "application/json; charset=nonsense",
            "application/json; charset=utf-8",
            "APPLICATION/JSON",
            "application/merge-patch+json",
            "application/problem+json",
            "application/json;",
            "garbage")));

    /// <summary>Headers the shop reads (a trace to continue, the client's address from a trusted proxy) and some it should ignore.</summary>
    public static Gen<(string Name, string Value)[]> Others => Gen.Frequency(
        (6, Gen.Const(Array.Empty<(string, string)>())),
        (2, Gen.OneOf(
            ("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"),
            ("traceparent", "00-00000000000000000000000000000000-0000000000000000-00"),
            ("traceparent", "ff-" + new string('z', 200)),
            ("traceparent", "garbage"),
            ("tracestate", "=,=,==" + new string(',', 100)),
            ("baggage", "key=%ZZ;;;"),
            ("X-Forwarded-For", "203.0.113.7"),
            ("X-Forwarded-For", "not-an-address"),
            ("X-Forwarded-For", "999.999.999.999, ::1, , 10.0.0.1"),
            ("X-Forwarded-For", string.Join(", ", Enumerable.Repeat("198.51.100.1", 300))),
            ("X-Forwarded-Proto", "gopher"),
            ("X-Correlation-ID", "my-own-id"),
            ("X-HTTP-Method-Override", "DELETE"),
            ("Content-Encoding", "gzip"),
            ("Range", "bytes=0-1"),
            ("If-None-Match", "*"),
            ("Cookie", "session=;;;=;"))
            .Select(header => new[] { header })));
}
