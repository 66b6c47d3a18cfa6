namespace ModularShop.Testing.Telemetry;

/// <summary>
/// Decodes an OTLP <c>ExportTraceServiceRequest</c> (opentelemetry/proto/collector/trace/v1): resource spans, their
/// service name, scope spans and each span's ids, name, kind, times and attributes.
/// </summary>
internal static class OtlpTraceDecoder
{
    public static List<ReceivedSpan> Decode(ReadOnlySpan<byte> request)
    {
        var spans = new List<ReceivedSpan>();
        var reader = new ProtobufReader(request);
        while (reader.Next())
        {
            if (reader.Field == 1)
            {
                ReadResourceSpans(reader.Bytes(), spans);
            }
            else
            {
                reader.Skip();
            }
        }

        return spans;
    }

    private static void ReadResourceSpans(ReadOnlySpan<byte> data, List<ReceivedSpan> spans)
    {
        var service = "";
        var scopes = new List<byte[]>();
        var reader = new ProtobufReader(data);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1: service = ReadAttributes(reader.Bytes(), field: 1).GetValueOrDefault("service.name", ""); break;
                case 2: scopes.Add(reader.Bytes().ToArray()); break;
                default: reader.Skip(); break;
            }
        }

        foreach (var scope in scopes)
        {
            ReadScopeSpans(scope, service, spans);
        }
    }

    private static void ReadScopeSpans(ReadOnlySpan<byte> data, string service, List<ReceivedSpan> spans)
    {
        var scope = "";
        var spanData = new List<byte[]>();
        var reader = new ProtobufReader(data);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1: scope = ReadScopeName(reader.Bytes()); break;
                case 2: spanData.Add(reader.Bytes().ToArray()); break;
                default: reader.Skip(); break;
            }
        }

        spans.AddRange(spanData.Select(span => ReadSpan(span, service, scope)));
    }

    private static string ReadScopeName(ReadOnlySpan<byte> data)
    {
        var reader = new ProtobufReader(data);
        while (reader.Next())
        {
            if (reader.Field == 1)
            {
                return reader.String();
            }

            reader.Skip();
        }

        return "";
    }

    private static ReceivedSpan ReadSpan(ReadOnlySpan<byte> data, string service, string scope)
    {
        string traceId = "", spanId = "", name = "";
        string? parent = null;
        var kind = SpanKind.Unspecified;
        ulong start = 0, end = 0;
        var attributes = new Dictionary<string, string>();
        var reader = new ProtobufReader(data);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1: traceId = Convert.ToHexStringLower(reader.Bytes()); break;
                case 2: spanId = Convert.ToHexStringLower(reader.Bytes()); break;
                case 4: parent = reader.Bytes() is { Length: > 0 } id ? Convert.ToHexStringLower(id) : null; break;
                case 5: name = reader.String(); break;
                case 6: kind = (SpanKind)reader.Varint(); break;
                case 7: start = reader.Fixed64(); break;
                case 8: end = reader.Fixed64(); break;
                case 9: AddAttribute(reader.Bytes(), attributes); break;
                default: reader.Skip(); break;
            }
        }

        return new ReceivedSpan(service, scope, traceId, spanId, parent, name, kind, FromUnixNanoseconds(start), FromUnixNanoseconds(end), attributes);
    }

    private static Dictionary<string, string> ReadAttributes(ReadOnlySpan<byte> data, int field)
    {
        var attributes = new Dictionary<string, string>();
        var reader = new ProtobufReader(data);
        while (reader.Next())
        {
            if (reader.Field == field)
            {
                AddAttribute(reader.Bytes(), attributes);
            }
            else
            {
                reader.Skip();
            }
        }

        return attributes;
    }

    /// <summary>A KeyValue: its key, and its AnyValue as text (strings, booleans, integers and doubles).</summary>
    private static void AddAttribute(ReadOnlySpan<byte> data, Dictionary<string, string> attributes)
    {
        string key = "", value = "";
        var reader = new ProtobufReader(data);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1: key = reader.String(); break;
                case 2: value = ReadAnyValue(reader.Bytes()); break;
                default: reader.Skip(); break;
            }
        }

        attributes[key] = value;
    }

    private static string ReadAnyValue(ReadOnlySpan<byte> data)
    {
        var reader = new ProtobufReader(data);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1: return reader.String();
                case 2: return reader.Varint() != 0 ? "true" : "false";
                case 3: return ((long)reader.Varint()).ToString(System.Globalization.CultureInfo.InvariantCulture);
                case 4: return BitConverter.UInt64BitsToDouble(reader.Fixed64()).ToString(System.Globalization.CultureInfo.InvariantCulture);
                default: reader.Skip(); break;
            }
        }

        return "";
    }

    private static DateTimeOffset FromUnixNanoseconds(ulong nanoseconds) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)(nanoseconds / 100));
}
