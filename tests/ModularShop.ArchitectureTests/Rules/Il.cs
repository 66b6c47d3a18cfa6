using System.Collections.Concurrent;
using System.Reflection;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace ModularShop.ArchitectureTests.Rules;

/// <summary>What the compiled code of a set of types does, read from its IL: the strings it holds, the types it creates.</summary>
public static class Il
{
    private static readonly ConcurrentDictionary<Assembly, ModuleDefinition> Modules = new();

    /// <summary>Every string literal and string constant, with the type that holds it.</summary>
    public static IEnumerable<(string Type, string Text)> Strings(TypeSet types) =>
        TypesOf(types).SelectMany(type => type.Fields
            .Where(field => field.HasConstant && field.Constant is string)
            .Select(field => (TopLevelName(type), (string)field.Constant))
            .Concat(Instructions(type)
                .Where(instruction => instruction.OpCode == OpCodes.Ldstr)
                .Select(instruction => (TopLevelName(type), (string)instruction.Operand))));

    /// <summary>The full names of the types whose constructors the code calls.</summary>
    public static IReadOnlySet<string> ConstructedTypes(TypeSet types) =>
        TypesOf(types)
            .SelectMany(Instructions)
            .Where(instruction => instruction.OpCode == OpCodes.Newobj)
            .Select(instruction => ((MethodReference)instruction.Operand).DeclaringType.FullName)
            .ToHashSet();

    private static IEnumerable<TypeDefinition> TypesOf(TypeSet types)
    {
        var module = Modules.GetOrAdd(types.Assembly, assembly => ModuleDefinition.ReadModule(assembly.Location));
        return module.GetTypes().Where(type => types.ContainsNamespace(Outermost(type).Namespace));
    }

    private static IEnumerable<Instruction> Instructions(TypeDefinition type) =>
        type.Methods.Where(method => method.HasBody).SelectMany(method => method.Body.Instructions);

    /// <summary>Nested types have no namespace of their own in IL; reflection gives them their outer type's.</summary>
    private static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static string TopLevelName(TypeDefinition type) => Outermost(type).Name;
}
