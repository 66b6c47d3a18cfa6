using Microsoft.Extensions.Configuration;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.Host.Operations;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Operations;

/// <summary>Where every module runs, as the process that answers knows it; here the shop runs them all.</summary>
public sealed class ModulePlacementTests
{
    [Fact]
    public async Task With_every_module_here_each_is_placed_in_this_process_in_the_catalog_order()
    {
        await using var shop = await TestShop.StartAsync();

        var placement = await (await shop.Admin().GetAsync("/api/operations/placement")).ReadAsync<ModulePlacementsBody>();

        placement.Service.ShouldBe("modularshop");
        placement.Modules.Select(module => (module.Name, module.Key)).ShouldBe(
            [("Cart", "cart"), ("Catalog", "catalog"), ("Inventory", "inventory"), ("Ordering", "ordering"), ("Payments", "payments"), ("Shipping", "shipping")]);
        placement.Modules.ShouldAllBe(module => module.Runs == "this-process" && module.Instances == null && module.InstancesTakingCalls == null);
    }

    [Theory]
    [InlineData("Placement")]
    [InlineData("Modules")]
    public void A_module_whose_key_is_an_operations_route_of_its_own_is_refused(string name)
    {
        var catalog = ModuleCatalog.From([new NamedModule(name)], new ConfigurationBuilder().Build());

        var refusal = Should.Throw<InvalidOperationException>(() => OperationsApi.RefuseModuleKeysThatAreRoutes(catalog));

        refusal.Message.ShouldContain($"Module {name} has the key '{name.ToLowerInvariant()}'");
    }

    private sealed class NamedModule(string name) : IModule
    {
        public string Name => name;

        public void Register(ModuleBuilder module)
        {
        }

        public void MapEndpoints(ModuleRoutes routes)
        {
        }
    }
}
