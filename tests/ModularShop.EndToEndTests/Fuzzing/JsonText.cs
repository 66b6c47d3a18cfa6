using System.Globalization;
using System.Text;

namespace ModularShop.EndToEndTests.Fuzzing;

/// <summary>
/// JSON written by hand rather than by a serializer, because the fuzzer means to send what a serializer refuses to
/// write: duplicate keys, numbers no .NET type holds, lone surrogates.
/// </summary>
internal static class JsonText
{
    public static string String(string value)
    {
        var json = new StringBuilder("\"", value.Length + 2);
        for (var index = 0; index < value.Length; index++)
        {
            var character = value[index];
            var paired = char.IsHighSurrogate(character) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]);
            if (character is '"' or '\\')
            {
                json.Append('\\').Append(character);
            }
            else if (character < ' ' || (char.IsSurrogate(character) && !paired && !IsSecondOfPair(value, index)))
            {
                json.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                json.Append(character);
            }
        }

        return json.Append('"').ToString();
    }

    public static string Object(IEnumerable<JsonProperty> properties) =>
        "{" + string.Join(",", properties.Select(property => $"{String(property.Name)}:{property.Value}")) + "}";

    public static string Array(IEnumerable<string> values) => "[" + string.Join(",", values) + "]";

    private static bool IsSecondOfPair(string value, int index) =>
        char.IsLowSurrogate(value[index]) && index > 0 && char.IsHighSurrogate(value[index - 1]);
}

/// <summary>A property of a JSON object as it will be written: its name, and its value as JSON text.</summary>
internal sealed record JsonProperty(string Name, string Value);
