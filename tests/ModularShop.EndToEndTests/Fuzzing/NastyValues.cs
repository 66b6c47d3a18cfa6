using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Fuzzing;

/// <summary>Values that have broken web APIs before: the edges of numbers, strings, identifiers and encodings.</summary>
internal static class NastyValues
{
    private static readonly string DemoMug = DemoProducts.CeramicMug.ToString();

    /// <summary>Longer than any column of the shop, and than any field's limit.</summary>
    public static readonly string Long = new('x', 10_001);

    public static readonly string LongUnicode = string.Concat(Enumerable.Repeat("Zoë山田🙂", 1_500));

    /// <summary>Numbers as JSON text: overflowing every .NET number type, negative, tiny, and with many decimals.</summary>
    public static readonly string[] Numbers =
    [
        "-1", "0", "-0", "1", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "99999999999999999999",
        "79228162514264337593543950336", "1e309", "-1e309", "1e-400", "1E2", "0.5", "1.005", "12.999", "0.001",
        "3.14159265358979323846264338327950288419716939937510", "-0.01", "999999.99", "1000000", "4.2e1",
    ];

    /// <summary>Strings that are no valid value of anything, or a valid value of something else.</summary>
    public static readonly string[] Strings =
    [
        "", " ", "\t", "\u0000", "nul\u0000byte", "\u0000\u0000\u0000", Long, LongUnicode, "🙂", "👩‍👩‍👧‍👦", "مرحبا بالعالم",
        "\u202Egnp.exe", "שָׁלוֹם", "Zoë", "ＦＵＬＬＷＩＤＴＨ", "\ud800", "\udfff", "a\ud800b", "\uFEFF", "\uFFFF", "' OR '1'='1", "\"; DROP TABLE x; --",
        "<script>alert(1)</script>", "null", "true", "NaN", "Infinity", "-Infinity", "1e309", "0x10", "١٢٣", "-1",
        "99999999999999999999", "{{7*7}}", "${jndi:ldap://x}", "../../etc/passwd", "C:\\Windows", "\r\nSet-Cookie: x=y",
        "EUR", "eur", "E", "EURO", "tok_visa", "MUG-CERAMIC-350", "mug-ceramic-350", "A-", "-A", new string('A', 33),
    ];

    /// <summary>Almost identifiers: every way a GUID can be written wrongly, and the ones no product has.</summary>
    public static readonly string[] Guids =
    [
        "not-a-guid", "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", $"{{{DemoMug}}}",
        $"({DemoMug})", DemoMug.Replace("-", "", StringComparison.Ordinal), DemoMug.ToUpperInvariant(), DemoMug + "X",
        DemoMug[..23], $" {DemoMug} ", DemoMug[..^1] + "g", "0", "-1", "1.5",
    ];

    /// <summary>Any JSON value of any type: what a field gets when the client confuses it with another.</summary>
    public static readonly string[] JsonValues =
    [
        .. Numbers, .. Strings.Select(JsonText.String), .. Guids.Select(JsonText.String), "null", "true", "false", "[]", "{}", "[1,2,3]",
        "[null]", """{"value":1}""", $"[{JsonText.String(DemoMug)}]", """{"$type":"System.Object"}""",
        Nested(10_000), Nested(65),
    ];

    /// <summary><paramref name="depth"/> arrays, each inside the next: far beyond what a serializer should follow.</summary>
    public static string Nested(int depth) => new string('[', depth) + new string(']', depth);
}
