using System.Reflection;
using NetArchTest.Rules;

namespace ModularShop.ArchitectureTests.Rules;

/// <summary>
/// One part of a module as the rules see it: the types of an assembly under a namespace, except those under another.
/// A real module's implementation is its assembly; a test fixture's make-believe module is a namespace.
/// </summary>
public sealed record TypeSet(Assembly Assembly, string Namespace, string? Excluding = null)
{
    public IReadOnlyList<Type> Types => Assembly.GetTypes().Where(Contains).ToList();

    public bool Contains(Type type) => type.Namespace is { } name && ContainsNamespace(name);

    public bool ContainsNamespace(string name) => IsUnder(name, Namespace) && !(Excluding is not null && IsUnder(name, Excluding));

    /// <summary>The same types, for a NetArchTest rule.</summary>
    public PredicateList Select()
    {
        var types = NetArchTest.Rules.Types.InAssembly(Assembly).That().ResideInNamespaceStartingWith(Namespace);
        return Excluding is null ? types : types.And().DoNotResideInNamespaceStartingWith(Excluding);
    }

    private static bool IsUnder(string name, string prefix) =>
        name == prefix || name.StartsWith(prefix + ".", StringComparison.Ordinal);
}
