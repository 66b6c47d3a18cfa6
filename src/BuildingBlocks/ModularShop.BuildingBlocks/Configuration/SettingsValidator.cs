using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ModularShop.BuildingBlocks.Configuration;

/// <summary>
/// Validates options with their data annotations and reports each failure by its full configuration key
/// (<c>Modules:Cart:MaxQuantityPerLine</c>), which is what an operator has to change.
/// </summary>
internal sealed class SettingsValidator<TOptions>(string section) : IValidateOptions<TOptions> where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options) =>
        FailuresOf(options, section) is { Count: > 0 } failures ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;

    /// <summary>The same check, for settings read while the host is composed, before options validation runs.</summary>
    public static IReadOnlyList<string> FailuresOf(TOptions options, string section)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return [];
        }

        return results.Select(result =>
        {
            var keys = result.MemberNames.Any() ? result.MemberNames : [""];
            return string.Join("; ", keys.Select(member => $"{section}:{member}: {result.ErrorMessage}"));
        }).ToList();
    }
}
