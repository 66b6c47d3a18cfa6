using ModularShop.ArchitectureTests.Rules;
using ModularShop.BuildingBlocks.Messaging;

namespace ModularShop.ArchitectureTests;

/// <summary>Every module the host finds keeps every rule. <see cref="RulesCatchViolationsTests"/> shows that each rule can fail.</summary>
public sealed class ModuleBoundaryTests
{
    [Fact]
    public void The_host_finds_every_module_under_src_modules()
    {
        var folders = Directory.GetDirectories(Path.Combine(Repository.Root, "src", "Modules")).Select(Path.GetFileName);

        KnownModules.All.Select(module => module.Name).ShouldBe(folders, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(KnownModules.Names), MemberType = typeof(KnownModules))]
    public void A_module_uses_only_the_building_blocks_and_other_modules_contracts(string name)
    {
        var module = KnownModules.PartsNamed(name);

        ReferenceRules.UsesNoOtherImplementation(module, KnownModules.Parts.Where(other => other != module)).ShouldBeEmpty();
        module.Implementation.Assembly.GetReferencedAssemblies().Select(reference => reference.Name!)
            .Where(reference => reference.StartsWith("ModularShop.", StringComparison.Ordinal))
            .ShouldAllBe(reference => reference == "ModularShop.BuildingBlocks" || reference.EndsWith(".Contracts"));
    }

    [Theory]
    [MemberData(nameof(KnownModules.Names), MemberType = typeof(KnownModules))]
    public void A_modules_contracts_reference_nothing_but_the_base_class_library(string name)
    {
        var module = KnownModules.PartsNamed(name);

        ReferenceRules.ContractsUseOnlyTheBcl(module).ShouldBeEmpty();
        module.Contracts.Assembly.GetReferencedAssemblies().Select(reference => reference.Name!)
            .ShouldAllBe(reference => reference == "System" || reference.StartsWith("System.") || reference == "netstandard" || reference == "mscorlib");
    }

    [Theory]
    [MemberData(nameof(KnownModules.Names), MemberType = typeof(KnownModules))]
    public void Every_message_is_a_sealed_record_with_a_stable_versioned_name(string name) =>
        MessageRules.MessagesAreSealedRecordsWithVersionedNames(KnownModules.PartsNamed(name)).ShouldBeEmpty();

    [Theory]
    [MemberData(nameof(KnownModules.Names), MemberType = typeof(KnownModules))]
    public void Every_upcast_reads_the_version_before_its_own(string name) =>
        MessageRules.UpcastsReadTheVersionBefore(KnownModules.PartsNamed(name)).ShouldBeEmpty();

    [Fact]
    public void No_two_messages_share_a_name()
    {
        var names = KnownModules.Parts.SelectMany(module => module.Contracts.Types).Select(MessageNames.Of).OfType<string>().ToList();

        names.ShouldNotBeEmpty();
        names.ShouldBeUnique();
    }

    [Fact]
    public void The_modules_depend_on_each_other_without_a_cycle()
    {
        var graph = ModuleGraph.Of(KnownModules.Parts);

        graph.Dependencies.Values.ShouldContain(dependencies => dependencies.Count > 0, "the graph is read from the code; an empty one means the reading broke");
        graph.Cycles(DocumentedExceptions.Cycles).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(KnownModules.Names), MemberType = typeof(KnownModules))]
    public void A_modules_domain_knows_no_framework(string name) =>
        LayerRules.DomainKnowsNoFramework(KnownModules.PartsNamed(name)).ShouldBeEmpty();

    [Theory]
    [MemberData(nameof(KnownModules.Names), MemberType = typeof(KnownModules))]
    public void A_modules_handlers_dbcontexts_entities_and_endpoints_are_not_public(string name) =>
        LayerRules.MachineryIsNotPublic(KnownModules.PartsNamed(name)).ShouldBeEmpty();

    [Theory]
    [MemberData(nameof(KnownModules.Names), MemberType = typeof(KnownModules))]
    public void A_modules_dbcontext_maps_tables_in_its_own_schema_only(string name)
    {
        var module = KnownModules.PartsNamed(name);

        module.Models().SelectMany(model => model.Model.GetEntityTypes()).ShouldNotBeEmpty($"{name} has a DbContext with tables");
        SchemaRules.ModelMapsOnlyItsSchema(module).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(KnownModules.Names), MemberType = typeof(KnownModules))]
    public void No_migration_or_sql_of_a_module_names_another_modules_schema(string name) =>
        SchemaRules.NamesNoOtherSchema(KnownModules.PartsNamed(name), KnownModules.Parts.Select(module => module.Schema)).ShouldBeEmpty();
}
