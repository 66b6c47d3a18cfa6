using System.Net;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests;

/// <summary>
/// A real host process is killed (SIGKILL) while integration events it committed to its outbox are still unhandled.
/// After a restart on the same database every event is handled, and handled once.
/// </summary>
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private const string PriceChanged = "catalog.product-price-changed.v1";
    private static readonly Guid[] Changed = [DemoProducts.CeramicMug, DemoProducts.EnamelMug, DemoProducts.Kettle, DemoProducts.HandGrinder, DemoProducts.Dripper, DemoProducts.Canister];
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Messages_committed_but_unhandled_when_the_process_dies_are_handled_once_after_a_restart()
    {
        await using (var first = HostProcess.Start(_database, ["--Modules:Catalog:SeedDemoProducts=true"]))
        {
            await first.WaitUntilReadyAsync();
            await Demo.WaitUntilCartKnowsTheCatalogAsync(_database);
            await FillCartsAsync(first);

            // Cart cannot write its copy of the catalog for now (the database refuses it, as a locked or failing disk
            // would): the events are committed in the outbox, their handling fails and they wait in the durable inbox.
            _database.RefuseWrites("hold_cart_prices", "cart", "products", "UPDATE");

            using var admin = first.Client(TestTokens.For("admin", "admin"));
            var price = 30.00m;
            foreach (var product in Changed)
            {
                price += 1.11m;
                (await admin.PutJsonAsync($"/api/catalog/products/{product}/price", new { price })).StatusCode.ShouldBe(HttpStatusCode.OK);
            }

            using (var db = _database.Open())
            {
                await Eventually.Until(
                    () => db.Scalar($"SELECT count(*) FROM {_database.EnvelopeTable("wolverine_incoming_envelopes")} WHERE message_type = '{PriceChanged}' AND status <> 'Handled'") == Changed.Length,
                    "every price change to be waiting in the durable inbox");
            }

            await first.KillAsync();
        }

        _database.Count("cart", "processed_messages", $"message_type = '{PriceChanged}'").ShouldBe(0);
        _database.AllowWrites("hold_cart_prices", "cart", "products");

        await using var second = HostProcess.Start(_database);
        await second.WaitUntilReadyAsync();
        foreach (var customer in Customers)
        {
            using var client = second.Client(TestTokens.For(customer));
            await Eventually.Until(
                () => StalePricesAsync(second, client),
                stale => stale.Count == 0,
                $"{customer}'s cart to show the catalog's prices",
                TimeSpan.FromSeconds(90));
        }

        _database.Count("cart", "processed_messages", $"message_type = '{PriceChanged}'").ShouldBe(Changed.Length);
        using var check = _database.Open();
        check.Scalar($"SELECT count(*) FROM {_database.EnvelopeTable("wolverine_dead_letters")}").ShouldBe(0);
        check.Scalar($"SELECT count(*) FROM {_database.Table("cart", "products")} p JOIN {_database.Table("catalog", "products")} c ON c.id = p.product_id WHERE p.version <> c.version").ShouldBe(0);
    }

    private static string[] Customers => ["wendy", "xavier", "yara"];

    private static async Task FillCartsAsync(HostProcess host)
    {
        foreach (var (customer, index) in Customers.Select((customer, index) => (customer, index)))
        {
            using var client = host.Client(TestTokens.For(customer));
            foreach (var product in Changed.Skip(index).Take(4))
            {
                (await client.PostJsonAsync("/api/cart/items", new { productId = product, quantity = index + 1 })).StatusCode.ShouldBe(HttpStatusCode.OK);
            }
        }
    }

    /// <summary>The lines of the cart whose price differs from what the catalog says now.</summary>
    private static async Task<List<string>> StalePricesAsync(HostProcess host, HttpClient customer)
    {
        var cart = await (await customer.GetAsync("/api/cart")).ReadAsync<CartBody>();
        using var anyone = host.Client();
        var stale = new List<string>();
        foreach (var line in cart.Lines)
        {
            var product = await (await anyone.GetAsync($"/api/catalog/products/{line.ProductId}")).ReadAsync<ProductBody>();
            if (product.Price != line.UnitPrice)
            {
                stale.Add($"{line.Sku}: cart {line.UnitPrice}, catalog {product.Price}");
            }
        }

        return stale;
    }
}
