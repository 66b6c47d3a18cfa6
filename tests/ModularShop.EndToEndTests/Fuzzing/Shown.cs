using System.Globalization;
using System.Text;

namespace ModularShop.EndToEndTests.Fuzzing;

/// <summary>Generated text as a failure message shows it: cut to a length, with control and format characters made visible.</summary>
internal static class Shown
{
    public static string Abbreviated(this string text, int length)
    {
        var shown = text.Length <= length ? text : $"{text[..length]}… ({text.Length} chars)";
        var visible = new StringBuilder(shown.Length);
        foreach (var character in shown)
        {
            var invisible = char.IsControl(character) || char.GetUnicodeCategory(character) == UnicodeCategory.Format;
            visible.Append(invisible ? $"\\u{(int)character:x4}" : character.ToString(CultureInfo.InvariantCulture));
        }

        return visible.ToString();
    }
}
