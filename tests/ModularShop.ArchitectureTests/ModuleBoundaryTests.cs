using System.Reflection;
using ModularShop.BuildingBlocks.Messaging;
using NetArchTest.Rules;

namespace ModularShop.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    [Fact]
    public void The_host_finds_every_module_it_references()
    {
        KnownModules.All.Select(module => module.Name).ShouldBe(new[] { "Cart", "Catalog", "Inventory", "Ordering", "Payments" }, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(KnownModules.Names), MemberType = typeof(KnownModules))]
    public void A_module_does_not_reference_another_modules_implementation(string name)
    {
        var module = KnownModules.Named(name);
        var others = KnownModules.All.Where(other => other != module).ToList();

        var referenced = module.Assembly.GetReferencedAssemblies().Select(reference => reference.Name).ToList();
        referenced.ShouldNotContain(reference => others.Any(other => other.Assembly.GetName().Name == reference));

        // Namespace matching would also catch the other modules' Contracts, which are allowed: name their types instead.
        var forbidden = others.SelectMany(other => other.Assembly.GetTypes()).Select(type => type.FullName!).ToArray();
        var result = Types.InAssembly(module.Assembly)
            .ShouldNot()
            .HaveDependencyOnAny(forbidden)
            .GetResult();
        result.IsSuccessful.ShouldBeTrue($"{name} uses {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(KnownModules.Names), MemberType = typeof(KnownModules))]
    public void A_modules_contracts_reference_nothing_but_the_base_class_library(string name)
    {
        var module = KnownModules.Named(name);
        var contracts = KnownModules.ContractsOf(module);
        var otherModules = KnownModules.All.Where(other => other != module).Select(other => other.Assembly.GetName().Name!);

        contracts.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .ShouldAllBe(reference => reference == "System" || reference.StartsWith("System.", StringComparison.Ordinal) || reference == "netstandard" || reference == "mscorlib");
        var result = Types.InAssembly(contracts)
            .ShouldNot()
            .HaveDependencyOnAny(["ModularShop.BuildingBlocks", "Wolverine", "MediatR", "Microsoft", .. otherModules])
            .GetResult();
        result.IsSuccessful.ShouldBeTrue($"{name}.Contracts depends on more than the BCL: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(KnownModules.Names), MemberType = typeof(KnownModules))]
    public void Every_message_a_module_publishes_is_a_sealed_record_with_a_stable_versioned_name(string name)
    {
        var module = KnownModules.Named(name);

        foreach (var message in KnownModules.ContractsOf(module).GetExportedTypes().Where(type => MessageNames.Of(type) is not null))
        {
            var messageName = MessageNames.Of(message)!;
            MessageNames.IsWellFormed(messageName).ShouldBeTrue($"{message.Name} is named '{messageName}'");
            messageName.ShouldStartWith(module.Key + ".");
            message.IsSealed.ShouldBeTrue($"{message.Name} must be sealed");
            IsRecord(message).ShouldBeTrue($"{message.Name} must be a record");
        }
    }

    [Fact]
    public void No_two_messages_share_a_name()
    {
        var names = KnownModules.All
            .SelectMany(module => KnownModules.ContractsOf(module).GetExportedTypes())
            .Select(MessageNames.Of)
            .OfType<string>()
            .ToList();

        names.ShouldNotBeEmpty();
        names.ShouldBeUnique();
    }

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;
}
