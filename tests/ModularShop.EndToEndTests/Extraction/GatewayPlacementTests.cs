using ModularShop.EndToEndTests.Operations;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Extraction;

/// <summary>
/// Where every module runs, as the shop's gateway knows it: a module elsewhere with its instances and their health,
/// answered by the process that receives the call, never forwarded.
/// </summary>
public sealed class GatewayPlacementTests
{
    [Fact]
    public async Task The_gateway_places_payments_elsewhere_with_the_health_of_each_instance_and_the_rest_in_this_process()
    {
        await using var payments = await RemoteModuleShops.ServiceAsync("payments");
        var dead = HostProcess.FreeAddress();
        await using var shop = await RemoteModuleShops.ShopWithRemoteAsync("Payments", [dead, payments.BaseAddress]);
        using var admin = shop.Admin();
        var live = payments.BaseAddress.ToString();

        var placement = await Eventually.Until(
            () => PlacementAsync(admin),
            found => HealthOf(found, live) == "healthy" && HealthOf(found, dead.ToString()) == "unhealthy",
            "the gateway to probe both Payments instances");

        placement.Service.ShouldBe("modularshop");
        placement.Modules.Select(module => (module.Name, module.Runs)).ShouldBe(
            [("Cart", "this-process"), ("Catalog", "this-process"), ("Inventory", "this-process"), ("Ordering", "this-process"), ("Payments", "elsewhere"), ("Shipping", "this-process")]);
        placement.Modules.Where(module => module.Runs == "this-process").ShouldAllBe(module => module.Instances == null);
        var remote = placement.Modules.Single(module => module.Key == "payments");
        remote.Instances!.Select(instance => instance.Address).ShouldBe([dead.ToString(), live], ignoreOrder: true);
        remote.InstancesTakingCalls.ShouldBe(1);

        await payments.DisposeAsync();
        var gone = await Eventually.Until(
            () => PlacementAsync(admin),
            found => HealthOf(found, live) == "unhealthy",
            "the gateway to find the stopped instance out");
        gone.Modules.Single(module => module.Key == "payments").InstancesTakingCalls.ShouldBe(0);
    }

    [Fact]
    public async Task A_service_places_its_own_module_in_this_process_and_the_others_elsewhere_without_instances()
    {
        await using var payments = await RemoteModuleShops.ServiceAsync("payments");

        var placement = await PlacementAsync(payments.Admin());

        placement.Service.ShouldBe("modularshop-payments");
        placement.Modules.Select(module => (module.Key, module.Runs, module.Instances?.Count, module.InstancesTakingCalls)).ShouldBe(
        [
            ("cart", "elsewhere", 0, 0), ("catalog", "elsewhere", 0, 0), ("inventory", "elsewhere", 0, 0),
            ("ordering", "elsewhere", 0, 0), ("payments", "this-process", null, null), ("shipping", "elsewhere", 0, 0),
        ]);
    }

    private static async Task<ModulePlacementsBody> PlacementAsync(HttpClient admin) =>
        await (await admin.GetAsync("/api/operations/placement")).ReadAsync<ModulePlacementsBody>();

    private static string? HealthOf(ModulePlacementsBody placement, string address) =>
        placement.Modules.Single(module => module.Key == "payments").Instances?.SingleOrDefault(instance => instance.Address == address)?.Health;
}
