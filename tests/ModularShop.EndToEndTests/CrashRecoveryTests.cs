using System.Net;
using Microsoft.Data.Sqlite;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests;

/// <summary>
/// A real host process is killed (SIGKILL) while integration events it committed to its outbox are still unhandled.
/// After a restart on the same database every event is handled, and handled once.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private const string PriceChanged = "catalog.product-price-changed.v1";
    private static readonly Guid[] Changed = [Demo.CeramicMug, Demo.EnamelMug, Demo.Kettle, Demo.Grinder, Demo.Dripper, Demo.Canister];
    private readonly TestDirectory _directory = new();

    private string DatabaseFile => _directory.File("shop.db");

    [Fact]
    public async Task Messages_committed_but_unhandled_when_the_process_dies_are_handled_once_after_a_restart()
    {
        await using (var first = HostProcess.Start(DatabaseFile, ["--Modules:Catalog:SeedDemoProducts=true"]))
        {
            await first.WaitUntilReadyAsync();
            await Demo.WaitUntilCartKnowsTheCatalogAsync(OpenDatabase);
            await FillCartsAsync(first);

            // Cart cannot write its copy of the catalog for now (the database refuses it, as a locked or failing disk
            // would): the events are committed in the outbox, their handling fails and they wait in the durable inbox.
            using (var db = OpenDatabase())
            {
                db.Execute("CREATE TRIGGER hold_cart_prices BEFORE UPDATE ON cart_products BEGIN SELECT RAISE(ABORT, 'held by the test'); END;");
            }

            using var admin = first.Client(TestTokens.For("admin", "admin"));
            var price = 30.00m;
            foreach (var product in Changed)
            {
                price += 1.11m;
                (await admin.PutJsonAsync($"/api/catalog/products/{product}/price", new { price })).StatusCode.ShouldBe(HttpStatusCode.OK);
            }

            using (var db = OpenDatabase())
            {
                await Eventually.Until(
                    () => Task.FromResult(db.Scalar($"SELECT count(*) FROM wolverine_incoming_envelopes WHERE message_type = '{PriceChanged}' AND status <> 'Handled'") == Changed.Length),
                    "every price change to be waiting in the durable inbox");
            }

            await first.KillAsync();
        }

        using (var db = OpenDatabase())
        {
            db.Scalar($"SELECT count(*) FROM cart_processed_messages WHERE message_type = '{PriceChanged}'").ShouldBe(0);
            db.Execute("DROP TRIGGER hold_cart_prices;");
        }

        await using var second = HostProcess.Start(DatabaseFile);
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

        using (var db = OpenDatabase())
        {
            db.Scalar($"SELECT count(*) FROM cart_processed_messages WHERE message_type = '{PriceChanged}'").ShouldBe(Changed.Length);
            db.Scalar("SELECT count(*) FROM wolverine_dead_letters").ShouldBe(0);
            db.Scalar("SELECT count(*) FROM cart_products p JOIN catalog_products c ON c.id = p.product_id WHERE p.version <> c.version").ShouldBe(0);
        }
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

    private SqliteConnection OpenDatabase()
    {
        var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        connection.Open();
        return connection;
    }

    public void Dispose() => _directory.Dispose();
}
