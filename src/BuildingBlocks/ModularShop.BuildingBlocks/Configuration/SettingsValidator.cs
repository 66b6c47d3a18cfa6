using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace ModularShop.BuildingBlocks.Configuration;

/// <summary>
/// Validates options with their data annotations and reports each failure by its full configuration key
/// (<c>Modules:Cart:MaxQuantityPerLine</c>), which is what an operator has to change. Settings classes of the shop
/// nested in others (<c>RateLimiting:Reads</c>) are validated too, under their own keys.
/// </summary>
internal sealed class SettingsValidator<TOptions>(string section) : IValidateOptions<TOptions> where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options) =>
        FailuresOf(options, section) is { Count: > 0 } failures ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;

    /// <summary>The same check, for settings read while the host is composed, before options validation runs.</summary>
    public static IReadOnlyList<string> FailuresOf(TOptions options, string section) => FailuresOfObject(options, section);

    private static List<string> FailuresOfObject(object options, string section)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        var failures = results.Select(result =>
        {
            var keys = result.MemberNames.Any() ? result.MemberNames : [""];
            return string.Join("; ", keys.Select(member => $"{section}:{member}: {result.ErrorMessage}"));
        }).ToList();

        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (IsShopSettings(property.PropertyType) && property.GetIndexParameters().Length == 0 && property.GetValue(options) is { } nested)
            {
                failures.AddRange(FailuresOfObject(nested, $"{section}:{property.Name}"));
            }
        }

        return failures;
    }

    private static bool IsShopSettings(Type type) =>
        type is { IsClass: true } && type != typeof(string) && type.Namespace?.StartsWith("ModularShop", StringComparison.Ordinal) == true;
}
