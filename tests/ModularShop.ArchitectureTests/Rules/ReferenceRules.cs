using NetArchTest.Rules;

namespace ModularShop.ArchitectureTests.Rules;

/// <summary>What a module's code may reference. Each rule returns its violations, one sentence each.</summary>
public static class ReferenceRules
{
    /// <summary>A module's implementation uses the building blocks and other modules' contracts, never their implementation, nor the host.</summary>
    public static IReadOnlyList<string> UsesNoOtherImplementation(ModuleParts module, IEnumerable<ModuleParts> others)
    {
        var forbidden = others
            .SelectMany(other => other.Implementation.Types)
            .Where(type => !type.IsNested)
            .Select(type => type.FullName!)
            .Append("ModularShop.Host")
            .ToArray();
        var result = module.Implementation.Select().ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        return Violations(result, type => $"{type} ({module.Name}) uses another module's implementation or the host.");
    }

    /// <summary>Contracts are plain .NET types: they depend on the BCL and on each other, nothing else.</summary>
    public static IReadOnlyList<string> ContractsUseOnlyTheBcl(ModuleParts module)
    {
        var result = module.Contracts.Select().Should().OnlyHaveDependenciesOn("System", module.Contracts.Namespace).GetResult();
        return Violations(result, type => $"{type} ({module.Name}'s contracts) depends on more than the BCL.");
    }

    internal static IReadOnlyList<string> Violations(TestResult result, Func<string, string> describe) =>
        result.IsSuccessful ? [] : (result.FailingTypeNames ?? []).Select(describe).ToList();
}
