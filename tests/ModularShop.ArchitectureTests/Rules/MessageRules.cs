using System.Globalization;
using System.Reflection;
using ModularShop.BuildingBlocks.Messaging;

namespace ModularShop.ArchitectureTests.Rules;

/// <summary>What a module's contracts must look like, so that messages stay compatible across versions and processes.</summary>
public static class MessageRules
{
    /// <summary>
    /// Every public contracts type is a sealed record. Every message (a type no other contracts type carries) has a
    /// <c>MessageName</c> of the form <c>&lt;module&gt;.&lt;name&gt;.v&lt;n&gt;</c>.
    /// </summary>
    public static IReadOnlyList<string> MessagesAreSealedRecordsWithVersionedNames(ModuleParts module)
    {
        var exported = module.Contracts.Types.Where(type => type.IsPublic).ToList();
        var carried = exported.SelectMany(type => type.GetProperties()).SelectMany(property => Unwrap(property.PropertyType)).ToHashSet();
        var violations = new List<string>();
        foreach (var type in exported)
        {
            if (!type.IsSealed || !IsRecord(type))
            {
                violations.Add($"{type.Name} ({module.Name}'s contracts) is not a sealed record.");
            }

            var name = MessageNames.Of(type);
            if (name is null && !carried.Contains(type))
            {
                violations.Add($"{type.Name} ({module.Name}'s contracts) is a message without a {MessageNames.FieldName}.");
            }
            else if (name is not null && (!MessageNames.IsWellFormed(name) || !name.StartsWith(module.Schema + ".", StringComparison.Ordinal)))
            {
                violations.Add($"{type.Name} is named '{name}'; a message name is '{module.Schema}.<name>.v<version>'.");
            }
        }

        return violations;
    }

    /// <summary>
    /// Every upcast (<see cref="MessageUpcasts"/>) reads the version just before its own, of the same message and the
    /// same contracts: anything else would hand a module a message it never asked for, under another name.
    /// </summary>
    public static IReadOnlyList<string> UpcastsReadTheVersionBefore(ModuleParts module)
    {
        var violations = new List<string>();
        foreach (var later in module.Contracts.Types.Where(type => type.IsPublic && MessageNames.Of(type) is not null))
        {
            var name = MessageNames.Of(later)!;
            foreach (var upcast in MessageUpcasts.Into(later).Where(upcast => upcast.Steps[^1].DeclaringType == later))
            {
                var earlier = MessageNames.Of(upcast.Earlier)!;
                if (upcast.Earlier.Assembly != later.Assembly || earlier != VersionBefore(name))
                {
                    violations.Add($"{later.Name}.{MessageUpcasts.MethodName} reads {upcast.Earlier.Name} ({earlier}); an upcast into {name} reads {VersionBefore(name) ?? "no earlier version"} of the same contracts.");
                }
            }
        }

        return violations;
    }

    private static string? VersionBefore(string name)
    {
        var dot = name.LastIndexOf(".v", StringComparison.Ordinal);
        return dot >= 0 && int.TryParse(name[(dot + 2)..], NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 1
            ? $"{name[..dot]}.v{version - 1}"
            : null;
    }

    private static IEnumerable<Type> Unwrap(Type type) =>
        type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrap) : type.IsArray ? Unwrap(type.GetElementType()!) : [type];

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;
}
