using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Testing;
using Wolverine.Persistence.Durability;
using Wolverine.Runtime;
using Wolverine.Transports;

namespace ModularShop.EndToEndTests.Operations;

/// <summary>A module that falls behind shows it: its messages pile up in its inbox and the oldest grows older, until it catches up.</summary>
public sealed class WaitingMessagesTests : IAsyncLifetime
{
    private TestShop _shop = null!;

    public async Task InitializeAsync() => _shop = await OperationsShop.StartAsync();

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [Fact]
    public async Task Messages_waiting_for_a_stopped_consumer_are_counted_and_aged_until_it_resumes()
    {
        using var admin = _shop.Admin();
        using var gauges = new ShopGauges(_shop);
        var inbox = new[] { ("modularshop.module", "cart"), ("modularshop.store", "inbox") };
        await _shop.IdleAsync();
        (await admin.WaitingAsync("cart", "inbox")).Count.ShouldBe(0);

        await using (var stopped = await StopCartsConsumerAsync())
        {
            for (var index = 1; index <= 3; index++)
            {
                await _shop.CreateProductAsync($"LATE-{index}", $"Late {index}");
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }

            var waiting = await Eventually.Until(() => admin.WaitingAsync("cart", "inbox"), store => store.Count == 3 && store.OldestAgeSeconds >= 1, "Cart's inbox to hold the three products, the oldest over a second old");
            waiting.OldestAgeSeconds.ShouldBeLessThan(60);
            await Eventually.Until(
                () => gauges.Read("modularshop.messages.waiting", inbox),
                value => value == 3,
                "the gauge of Cart's inbox to count the three");
            await Eventually.Until(
                () => gauges.Read("modularshop.messages.oldest_age", inbox),
                value => value >= 1,
                "the gauge of Cart's oldest message to pass a second");
            await Eventually.Until(() => admin.WaitingAsync("inventory", "inbox"), store => store.Count == 0, "Inventory to handle its own copies meanwhile");
            (await admin.WaitingAsync("cart", "inbox")).Count.ShouldBe(3);
        }

        await Eventually.Until(() => admin.WaitingAsync("cart", "inbox"), store => store.Count == 0 && store.OldestAgeSeconds == 0, "Cart to catch up");
        await Eventually.Until(() => gauges.Read("modularshop.messages.waiting", inbox), value => value == 0, "the gauge of Cart's inbox to fall to zero");
        gauges.Read("modularshop.messages.oldest_age", inbox).ShouldBe(0);
        _shop.Database.Count("cart", "products", "name LIKE 'Late%'").ShouldBe(3);
    }

    /// <summary>
    /// Stops Cart from handling its messages while everyone else goes on. On a database server a lock on Cart's table
    /// holds its handler (and nothing else); SQLite has one lock for the whole file, so there Cart's queue is paused.
    /// A paused durable local queue does not take the messages stored for it meanwhile: they are handed back for
    /// recovery when it resumes, as a restart would.
    /// </summary>
    private async Task<IAsyncDisposable> StopCartsConsumerAsync()
    {
        if (_shop.Database.Provider != DatabaseProvider.Sqlite)
        {
            return new Resumed(_shop.Database.HoldWriteLock("cart", "products"));
        }

        var runtime = _shop.Services.GetRequiredService<IWolverineRuntime>();
        var cart = _shop.Services.GetRequiredService<ModuleCatalog>().All.Single(module => module.Key == "cart");
        var queue = (IListenerCircuit)runtime.Endpoints.AgentForLocalQueue(new Uri(MessageOwnership.ListenerOf(cart, MessageTransport.Local)))!;
        await queue.PauseAsync(TimeSpan.FromMinutes(5));
        return new Resumed(async () =>
        {
            await queue.StartAsync();
            await _shop.Services.GetRequiredService<IMessageStore>().Admin.ReleaseAllOwnershipAsync();
        });
    }

    private sealed class Resumed(Func<Task> resume) : IAsyncDisposable
    {
        public Resumed(IDisposable held)
            : this(() =>
            {
                held.Dispose();
                return Task.CompletedTask;
            })
        {
        }

        public async ValueTask DisposeAsync() => await resume();
    }
}
