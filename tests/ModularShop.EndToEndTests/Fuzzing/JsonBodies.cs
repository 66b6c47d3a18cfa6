using System.Globalization;
using System.Text;
using CsCheck;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Fuzzing;

/// <summary>
/// Request bodies for a schema: valid ones, valid ones with a few fields broken, and bodies that are not the object
/// at all (not JSON, too deep, too large, an array, nothing).
/// </summary>
internal static class JsonBodies
{
    private static readonly string[] ProductIds = [.. Demo.NamedProducts.Select(id => id.ToString())];

    private static readonly string[] ExtraNames = ["extra", "id", "customerId", "role", "roles", "isAdmin", "price", "status", "__proto__", "$type", "", "quantity ", "QUANTITY"];

    /// <summary>More than the shop reads (<c>Http:MaxRequestBodyBytes</c>, 64 KiB by default).</summary>
    private const int OverLargeBody = 70_000;

    public static Gen<FuzzBody> For(ApiSchema schema)
    {
        var valid = Value(schema);
        return Gen.Frequency(
            (10, valid.Select(text => FuzzBody.Json("valid", text))),
            (8, Mutated(schema)),
            (5, NotTheObject(valid)));
    }

    /// <summary>A body sent to an operation that takes none.</summary>
    public static Gen<FuzzBody> Unexpected => Gen.OneOf(NastyValues.JsonValues).Select(text => FuzzBody.Json("unexpected", text));

    /// <summary>A valid value of the schema, as JSON text: ids of products that exist, small counts and prices, plausible strings.</summary>
    private static Gen<string> Value(ApiSchema schema)
    {
        var value = schema switch
        {
            _ when schema.Properties.Count > 0 || schema.Is("object") => Properties(schema).Select(JsonText.Object),
            _ when schema.Is("array") && schema.Items is not null => Value(schema.Items).Array[0, 3].Select(JsonText.Array),
            _ when schema.Is("integer") => Gen.Int[1, 9].Select(number => number.ToString(CultureInfo.InvariantCulture)),
            _ when schema.Is("number") => Gen.Int[1, 99_999].Select(cents => (cents / 100m).ToString(CultureInfo.InvariantCulture)),
            _ when schema.Is("boolean") => Gen.Bool.Select(flag => flag ? "true" : "false"),
            _ when schema.IsUuid => Gen.Frequency((5, Gen.OneOf(ProductIds)), (1, Gen.Guid.Select(id => id.ToString()))).Select(JsonText.String),
            _ => PlausibleString.Select(JsonText.String),
        };
        return schema.Is("null") ? Gen.Frequency((1, Gen.Const("null")), (5, value)) : value;
    }

    /// <summary>Strings some field of the shop accepts: a currency, a payment token, a SKU, a name.</summary>
    private static Gen<string> PlausibleString =>
        Gen.Frequency(
            (2, Gen.OneOf("EUR", "USD", "tok_visa", "tok_declined", "Fuzzed product", "A mug")),
            (3, Gen.String[Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"], 2, 12].Select(sku => "FZ" + sku)));

    private static Gen<List<JsonProperty>> Properties(ApiSchema schema) =>
        schema.Properties.Aggregate(
            Gen.Const(() => new List<JsonProperty>()),
            (properties, property) =>
            {
                var value = Value(property.Value).Select(text => new JsonProperty(property.Key, text));
                var present = schema.Required.Contains(property.Key) ? value.Select(found => (JsonProperty?)found) : Gen.Frequency((1, Gen.Const((JsonProperty?)null)), (1, value.Select(found => (JsonProperty?)found)));
                return Gen.Select(properties, present, (list, found) => found is null ? list : [.. list, found]);
            });

    /// <summary>A valid object with one to three of these: a field missing, null, of another type or value, an extra field, a key twice.</summary>
    private static Gen<FuzzBody> Mutated(ApiSchema schema) =>
        Gen.Select(Properties(schema), Mutation.Array[1, 3], (properties, mutations) =>
        {
            var mutated = mutations.Aggregate(properties, (current, mutation) => mutation.Apply(current));
            return FuzzBody.Json(string.Join(", ", mutations.Select(mutation => mutation.Name)), JsonText.Object(mutated));
        });

    private static Gen<BodyMutation> Mutation => Gen.Frequency(
        (2, Gen.Int.Positive.Select(index => BodyMutation.At("a field left out", index, (properties, at) => properties.RemoveAt(at)))),
        (2, Gen.Int.Positive.Select(index => BodyMutation.At("a field null", index, (properties, at) => properties[at] = properties[at] with { Value = "null" }))),
        (8, Gen.Select(Gen.Int.Positive, Gen.OneOf(NastyValues.JsonValues), (index, value) =>
            BodyMutation.At($"a field set to {value.Abbreviated(24)}", index, (properties, at) => properties[at] = properties[at] with { Value = value }))),
        (2, Gen.Select(Gen.OneOf(ExtraNames), Gen.OneOf(NastyValues.JsonValues), (name, value) =>
            new BodyMutation($"an extra field '{name}'", properties => [.. properties, new JsonProperty(name, value)]))),
        (2, Gen.Select(Gen.Int.Positive, Gen.OneOf(NastyValues.JsonValues), (index, value) =>
            BodyMutation.At($"a key twice, then {value.Abbreviated(24)}", index, (properties, at) => properties.Add(properties[at] with { Value = value })))));

    /// <summary>Bodies that are not the expected object: other JSON, broken JSON, not JSON, nothing, too deep, too large.</summary>
    private static Gen<FuzzBody> NotTheObject(Gen<string> valid) => Gen.Frequency(
        (3, Gen.OneOf(
            FuzzBody.Json("empty", ""),
            FuzzBody.Json("JSON null", "null"),
            FuzzBody.Json("an empty array", "[]"),
            FuzzBody.Json("a number", "42"),
            FuzzBody.Json("a string", "\"text\""),
            FuzzBody.Json("not JSON", "hello"),
            FuzzBody.Json("XML", "<item><quantity>1</quantity></item>"),
            FuzzBody.Json("a form", $"productId={DemoProducts.CeramicMug}&quantity=1"),
            FuzzBody.Json("an unclosed object", "{"),
            FuzzBody.Json("an unfinished property", "{\"quantity\":"),
            FuzzBody.Json("two objects", "{}{}"),
            FuzzBody.Json("10 000 nested arrays", NastyValues.Nested(10_000)),
            FuzzBody.Json("10 000 nested objects", string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000)),
            FuzzBody.Json("65 nested arrays", NastyValues.Nested(65)),
            FuzzBody.Json("a body over the size limit", JsonText.Object([new JsonProperty("name", JsonText.String(new string('x', OverLargeBody)))])),
            FuzzBody.Json("3 000 properties", JsonText.Object(Enumerable.Range(0, 3_000).Select(index => new JsonProperty($"p{index}", "1")))),
            new FuzzBody("invalid UTF-8", [.. "{\"name\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}"u8]))),
        (1, valid.Select(text => FuzzBody.Json("the object in an array", $"[{text}]"))),
        (1, valid.Select(text => FuzzBody.Json("a byte order mark first", "\uFEFF" + text))),
        (1, valid.Select(text => FuzzBody.Json("a trailing comma", text.Length > 2 ? text[..^1] + ",}" : text))),
        (1, valid.Select(text => FuzzBody.Json("a comment", "/* note */" + text))),
        (1, valid.Select(text => FuzzBody.Json("single quotes", text.Replace('"', '\'')))),
        (1, valid.Select(text => FuzzBody.Json("cut short", text[..(text.Length / 2)]))));

}

/// <summary>One change to a valid object's properties; an index is taken modulo the number of properties there are.</summary>
internal sealed record BodyMutation(string Name, Func<List<JsonProperty>, List<JsonProperty>> Apply)
{
    public static BodyMutation At(string name, int index, Action<List<JsonProperty>, int> change) =>
        new(name, properties =>
        {
            var changed = properties.ToList();
            if (changed.Count > 0)
            {
                change(changed, index % changed.Count);
            }

            return changed;
        });
}

/// <summary>A request body: its bytes, and what kind of body it is, to name it in a failure.</summary>
internal sealed record FuzzBody(string Kind, byte[] Bytes)
{
    public static FuzzBody Json(string kind, string text) => new(kind, Encoding.UTF8.GetBytes(text));
}
