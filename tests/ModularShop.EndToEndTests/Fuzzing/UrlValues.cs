using System.Globalization;
using System.Text;
using CsCheck;

namespace ModularShop.EndToEndTests.Fuzzing;

/// <summary>A value as it goes into a URL: escaped, as a client library writes it, or raw, as someone types it.</summary>
internal sealed record UrlValue(string Text, bool Raw)
{
    public string Encoded => Raw ? Text : Uri.EscapeDataString(Text);

    public override string ToString() => Raw ? $"raw '{Text}'" : $"'{Text.Abbreviated(40)}'";
}

/// <summary>
/// Values for path segments and query strings. Long ones stay within Kestrel's 8 KiB request line: beyond it Kestrel
/// answers 414 itself, with no body, before any of the shop's code sees the request.
/// </summary>
internal static class UrlValues
{
    private static readonly string[] RawEncodings =
        ["%00", "a%00b", "%2F", "%2f..%2f", "%25", "%ZZ", "%", "%%", "%E2%82%AC", "%C0%AE%C0%AE", "%2e%2e%2f%2e%2e", "..", "../..", "+", "%20", "%u0041", ";", "a;b=c"];

    private static readonly string[] Strings =
    [
        .. NastyValues.Strings.Where(IsWellFormed).Where(text => text.Length <= 100),
        new string('x', 3_000), string.Concat(Enumerable.Repeat("Zoë山田🙂", 60)), "mug", "MUG", "tea",
    ];

    public static Gen<UrlValue> Nasty => Gen.Frequency(
        (4, Gen.OneOf(Strings).Select(text => new UrlValue(text, Raw: false))),
        (2, Gen.OneOf(NastyValues.Guids).Select(text => new UrlValue(text, Raw: false))),
        (2, Gen.OneOf(RawEncodings).Select(text => new UrlValue(text, Raw: true))),
        (1, Gen.String[Gen.Char['\u0020', '\uD7FF'], 1, 20].Select(text => new UrlValue(text, Raw: false))));

    /// <summary>A value for a parameter of the schema: a valid one most often, any other now and then.</summary>
    public static Gen<UrlValue> For(ApiSchema schema)
    {
        var valid = schema switch
        {
            { Enum.Count: > 0 } => Gen.OneOf(schema.Enum.ToArray()),
            _ when schema.Is("integer") => Gen.Int[1, 5].Select(number => number.ToString(CultureInfo.InvariantCulture)),
            _ when schema.Is("number") => Gen.Int[1, 9_999].Select(cents => (cents / 100m).ToString(CultureInfo.InvariantCulture)),
            _ when schema.IsUuid => Gen.Guid.Select(id => id.ToString()),
            _ => Gen.OneOf("mug", "Mug", "tea", "ceramic", "GRINDER", "z", ""),
        };
        var edges = schema.Is("integer") || schema.Is("number")
            ? Gen.OneOf(NastyValues.Numbers.Concat(["", " 1", "1 ", "+1", "01", "0x10", "1.5", "abc", "１", "١", "true", "null"]).ToArray())
            : Gen.OneOf(NastyValues.Guids);
        return Gen.Frequency(
            (4, valid.Select(text => new UrlValue(text, Raw: false))),
            (3, edges.Select(text => new UrlValue(text, Raw: false))),
            (2, Nasty));
    }

    // A lone surrogate cannot be percent-encoded as UTF-8 at all; it is sent in bodies instead.
    private static bool IsWellFormed(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)) == text;
}
