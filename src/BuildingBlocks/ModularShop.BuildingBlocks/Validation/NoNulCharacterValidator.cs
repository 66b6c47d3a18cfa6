using System.Reflection;
using System.Text.Json;

namespace ModularShop.BuildingBlocks.Validation;

/// <summary>
/// Every text field of every request, in every module: PostgreSQL cannot store U+0000 in text, nor compare with it,
/// and no field of the shop has a use for it on any database. Runs with each module's own validators.
/// </summary>
internal sealed class NoNulCharacterValidator<TRequest> : IValidator<TRequest>
{
    private static readonly IReadOnlyList<PropertyInfo> TextProperties =
        typeof(TRequest).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.PropertyType == typeof(string) && property.CanRead).ToArray();

    public IEnumerable<ValidationError> Validate(TRequest request) =>
        TextProperties
            .Where(property => property.GetValue(request) is string text && text.Contains('\0', StringComparison.Ordinal))
            .Select(property => new ValidationError(JsonNamingPolicy.CamelCase.ConvertName(property.Name), "must not contain the character U+0000"));
}
