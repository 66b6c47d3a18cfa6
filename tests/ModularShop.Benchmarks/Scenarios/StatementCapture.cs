using ModularShop.Benchmarks.Ceilings;
using ModularShop.Benchmarks.Shop;

namespace ModularShop.Benchmarks.Scenarios;

/// <summary>
/// What the shop sends PostgreSQL for one add to cart and for one checkout, read from the server's log while the
/// shop runs nothing else: the statements of an idle spell first (the background's), then those of each scenario.
/// </summary>
internal static class StatementCapture
{
    public const string AddingCustomer = "bench-capture-cart";
    public const string CheckoutCustomer = "bench-capture-checkout";

    public sealed record Captured(PgbenchScript AddToCart, PgbenchScript Checkout);

    public static async Task<Captured> RunAsync(BenchContext context, PostgresStatementLog log, ShopCalls calls, IReadOnlyList<Guid> products)
    {
        var idleMark = await log.MarkAsync();
        await Task.Delay(context.Options.BackgroundSpell);
        var idle = await log.ReadSinceAsync(idleMark);

        // A cart that already holds the product: the steady state of the load, where most adds go to a known cart.
        await calls.AddAsync(AddingCustomer, products[0]);
        await Task.Delay(300);
        var addMark = await log.MarkAsync();
        await calls.AddAsync(AddingCustomer, products[0]);
        await Task.Delay(300);
        var adding = await log.ReadSinceAsync(addMark);

        // A checkout from an empty cart to the order's final state, as each shopper of the checkout load does it.
        await using var watcher = new OrderWatcher(context.Database);
        var checkoutMark = await log.MarkAsync();
        await calls.AddAsync(CheckoutCustomer, products[0]);
        var order = await calls.CheckoutAsync(CheckoutCustomer);
        await watcher.FinalAsync(order, System.Diagnostics.Stopwatch.GetTimestamp()).WaitAsync(TimeSpan.FromSeconds(60));
        await Task.Delay(500);
        var checkout = await log.ReadSinceAsync(checkoutMark);

        var addScript = PgbenchScript.From(adding, idle, AddingCustomer, "bench-:client_id", products);
        // Each execution is a new shopper with a new cart, as in the checkout load.
        var checkoutScript = PgbenchScript.From(checkout, idle, CheckoutCustomer, "bench-pgbench-:run-:client_id-:seq", products);
        await File.WriteAllTextAsync(Path.Combine(context.Work, "add-to-cart.pgbench.sql"), addScript.ForProduct(products[0]));
        await File.WriteAllTextAsync(Path.Combine(context.Work, "checkout.pgbench.sql"), checkoutScript.ForProduct(products[0]));
        context.Add("statements per add to cart", "statements / transactions", addScript.Statements, $"/ {addScript.Transactions}");
        context.Add("statements per checkout (to the final state)", "statements / transactions", checkoutScript.Statements, $"/ {checkoutScript.Transactions}");
        return new Captured(addScript, checkoutScript);
    }
}
