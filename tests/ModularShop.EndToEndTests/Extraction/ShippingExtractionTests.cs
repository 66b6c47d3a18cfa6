using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Extraction;

/// <summary>
/// Shipping, the module added last, leaves the shop and runs as its own service behind RabbitMQ, and comes back, by
/// configuration alone: parcels are created, shipped through the shop's gateway, captured and refunded either way.
/// </summary>
public sealed class ShippingExtractionTests : IAsyncLifetime
{
    private static readonly Guid[] Products = Checkout.StockedProducts;

    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [BrokerFact]
    public async Task Parcels_of_a_shop_whose_shipping_runs_elsewhere_are_shipped_captured_and_refunded_and_shipping_comes_back()
    {
        var orders = new List<(string Customer, Guid OrderId, string Token)>();
        await using (var topology = await ServiceTopology.StartAsync(_database, instances: 1, module: "Shipping"))
        {
            for (var index = 0; index < 4; index++)
            {
                orders.Add(await PlaceConfirmedAsync(topology.Shop, $"split-shipping-{index}", index == 3 ? "tok_capture_decline" : "tok_visa", index));
            }

            using var admin = topology.Shop.Client(TestTokens.For("warehouse", "admin"));
            foreach (var (_, orderId, _) in orders)
            {
                (await Fulfilment.ShipmentAsync(admin, orderId)).Status.ShouldBe("Waiting");
                await Fulfilment.PackAsync(admin, orderId);
                await Fulfilment.ShipAsync(admin, orderId);
            }

            foreach (var (customer, orderId, token) in orders)
            {
                using var client = topology.Shop.Client(TestTokens.For(customer));
                var order = await Fulfilment.OrderUntilAsync(client, orderId, found => found.Status == "Shipped", "to be shipped", TimeSpan.FromSeconds(60));
                order.Shipment!.TrackingNumber.ShouldBe(Fulfilment.TrackingNumberOf(orderId));
                await Fulfilment.PaymentUntilAsync(client, orderId, token == "tok_visa" ? "Captured" : "CaptureFailed", TimeSpan.FromSeconds(60));
            }

            var (returner, returnedId, _) = orders[0];
            await Fulfilment.ReturnAsync(admin, returnedId);
            using (var client = topology.Shop.Client(TestTokens.For(returner)))
            {
                await Fulfilment.OrderUntilAsync(client, returnedId, found => found.Status == "Returned", "to be returned", TimeSpan.FromSeconds(60));
                await Fulfilment.PaymentUntilAsync(client, returnedId, "Refunded", TimeSpan.FromSeconds(60));
            }

            (topology.Service(0).Output + topology.Shop.Output).ShouldNotContain("Unhandled exception");
            topology.Service(0).Output.ShouldContain("/api/shipping/shipments/");
            await topology.StopAsync();
        }

        // The same shop, database and broker, without the settings that sent Shipping elsewhere: what the service
        // recorded is still there, and a new order's parcel is created in the shop's own process.
        await using var shop = HostProcess.Start(_database, ["--Modules:Catalog:SeedDemoProducts=true"]);
        await shop.WaitUntilReadyAsync();
        using var backHome = shop.Client(TestTokens.For("warehouse", "admin"));
        (await Fulfilment.ShipmentAsync(backHome, orders[1].OrderId)).Status.ShouldBe("Shipped");
        var (customerAfter, orderAfter, _) = await PlaceConfirmedAsync(shop, "split-shipping-back", "tok_visa", 4);
        await Fulfilment.ShipmentAsync(backHome, orderAfter);
        await Fulfilment.PackAndShipAsync(backHome, orderAfter);
        using (var client = shop.Client(TestTokens.For(customerAfter)))
        {
            await Fulfilment.PaymentUntilAsync(client, orderAfter, "Captured", TimeSpan.FromSeconds(60));
        }

        using var db = _database.Open();
        foreach (var store in new[] { "wolverine", "wolverine_shipping" })
        {
            db.Scalar($"SELECT count(*) FROM {store}.wolverine_dead_letters").ShouldBe(0, $"dead letters in {store}");
        }
    }

    private static async Task<(string Customer, Guid OrderId, string Token)> PlaceConfirmedAsync(HostProcess shop, string customer, string token, int index)
    {
        using var client = shop.Client(TestTokens.For(customer));
        var orderId = await Checkout.PlaceAsync(client, token, (Products[index % Products.Length], 1));
        (await Checkout.FinalStateAsync(client, orderId, TimeSpan.FromSeconds(120))).Status.ShouldBe("Confirmed");
        return (customer, orderId, token);
    }
}
