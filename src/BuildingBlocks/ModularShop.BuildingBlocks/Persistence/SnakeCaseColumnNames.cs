using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ModularShop.BuildingBlocks.Persistence;

/// <summary>
/// Every column a configuration does not name is named after EF Core's default in snake_case: <c>UpdatedAt</c> is
/// <c>updated_at</c>, an owned <c>ShipTo.PostalCode</c> is <c>ship_to_postal_code</c>. A configuration names only
/// the columns that differ, such as <c>price_cents</c>.
/// </summary>
internal static class SnakeCaseColumnNames
{
    public static void Apply(IMutableModel model)
    {
        foreach (var entity in model.GetEntityTypes())
        {
            var table = StoreObjectIdentifier.Create(entity, StoreObjectType.Table);
            if (table is null)
            {
                continue;
            }

            foreach (var property in entity.GetProperties().Where(property => property.FindAnnotation(RelationalAnnotationNames.ColumnName) is null))
            {
                // A key shared with the owner's table takes the owner's column name; that is already its name.
                var name = property.GetDefaultColumnName(table.Value);
                if (name is not null && ToSnakeCase(name) is var snake && snake != name)
                {
                    property.SetColumnName(snake);
                }
            }
        }
    }

    public static string ToSnakeCase(string name)
    {
        var snake = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var current = name[i];
            if (char.IsUpper(current) && i > 0 && name[i - 1] != '_' && StartsWord(name, i))
            {
                snake.Append('_');
            }

            snake.Append(char.ToLowerInvariant(current));
        }

        return snake.ToString();
    }

    // An upper-case letter starts a word after a lower-case letter or digit, or as the last letter of an acronym
    // followed by lower case (the C of "SKUCode").
    private static bool StartsWord(string name, int i) =>
        !char.IsUpper(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]));
}
