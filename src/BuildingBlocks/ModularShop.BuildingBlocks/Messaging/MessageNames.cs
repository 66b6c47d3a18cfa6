using System.Reflection;
using System.Text.RegularExpressions;

namespace ModularShop.BuildingBlocks.Messaging;

/// <summary>
/// Integration events carry a stable, versioned name that is independent of their .NET type name, declared as a
/// <c>public const string MessageName</c> on the record (Contracts reference nothing but the BCL, so no attribute can
/// be shared). The name is what is stored in the outbox and sent over the wire: renaming or moving the type is safe,
/// changing the name is a new message.
/// </summary>
public static partial class MessageNames
{
    public const string FieldName = "MessageName";

    /// <summary>The name of a message type, or null when it declares none.</summary>
    public static string? Of(Type messageType) =>
        messageType.GetField(FieldName, BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
            ? field.GetRawConstantValue() as string
            : null;

    /// <summary><c>&lt;module&gt;.&lt;event-in-kebab-case&gt;.v&lt;version&gt;</c>, for example <c>catalog.product-price-changed.v1</c>.</summary>
    public static bool IsWellFormed(string name) => WellFormed().IsMatch(name);

    /// <summary>Every message type declared in the Contracts assemblies of the given module assemblies.</summary>
    public static IReadOnlyList<Type> DeclaredBy(IEnumerable<Assembly> moduleAssemblies) =>
        moduleAssemblies
            .SelectMany(assembly => assembly.GetReferencedAssemblies().Append(assembly.GetName()))
            .Where(name => name.Name?.EndsWith(".Contracts", StringComparison.Ordinal) == true)
            .DistinctBy(name => name.Name)
            .Select(Assembly.Load)
            .SelectMany(assembly => assembly.GetExportedTypes())
            .Where(type => Of(type) is not null)
            .ToList();

    [GeneratedRegex("^[a-z]+\\.[a-z]+(-[a-z]+)*\\.v[1-9][0-9]*$")]
    private static partial Regex WellFormed();
}
