using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ModularShop.BuildingBlocks.Configuration;

/// <summary>
/// Validates options with their data annotations and reports each failure by its full configuration key
/// (<c>Modules:Cart:MaxQuantityPerLine</c>), which is what an operator has to change.
/// </summary>
internal sealed class SettingsValidator<TOptions>(string section) : IValidateOptions<TOptions> where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return ValidateOptionsResult.Success;
        }

        var failures = results.Select(result =>
        {
            var keys = result.MemberNames.Any() ? result.MemberNames : [""];
            return string.Join("; ", keys.Select(member => $"{section}:{member}: {result.ErrorMessage}"));
        });
        return ValidateOptionsResult.Fail(failures);
    }
}
