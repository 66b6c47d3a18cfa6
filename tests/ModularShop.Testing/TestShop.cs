using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.Host;
using Wolverine;
using Wolverine.Persistence.Durability;
using Wolverine.Runtime;
using Wolverine.Tracking;
using Wolverine.Util;

namespace ModularShop.Testing;

/// <summary>
/// The real shop, composed exactly as in production, listening on a free loopback port through Kestrel and
/// keeping its data in a database of its own (see <see cref="TestDatabase"/>). Disposing it stops it gracefully and
/// removes the database, unless the test brought its own.
/// </summary>
public sealed class TestShop : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestDatabase? _ownedDatabase;
    private readonly SocketsHttpHandler _handler = new() { PooledConnectionLifetime = TimeSpan.FromMinutes(1) };
    private readonly SentMessages _sentMessages;
    private long _sentWhenDrained;
    private bool _disposed;

    private TestShop(WebApplication app, Uri baseAddress, TestDatabase database, bool ownsDatabase)
    {
        _app = app;
        _sentMessages = new SentMessages(app.Services.GetRequiredService<IWolverineRuntime>().Meter);
        BaseAddress = baseAddress;
        Database = database;
        _ownedDatabase = ownsDatabase ? database : null;
    }

    public Uri BaseAddress { get; }

    /// <summary>The shop's own database: SQLite or PostgreSQL, as the test run chooses.</summary>
    public TestDatabase Database { get; }

    public IServiceProvider Services => _app.Services;

    public ModuleInbox<TModule> InboxOf<TModule>() where TModule : IModule => new(this);

    public static async Task<TestShop> StartAsync(Action<TestShopSettings>? configure = null)
    {
        var settings = new TestShopSettings();
        configure?.Invoke(settings);
        var database = settings.Database ?? await TestDatabase.CreateAsync();
        var values = new Dictionary<string, string?>(database.Settings)
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Authentication:SigningKey"] = TestTokens.SigningKey,
            ["Modules:Catalog:SeedDemoProducts"] = settings.SeedDemoProducts ? "true" : "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in TestHostDefaults.Values.Concat(settings.Values))
        {
            values[key] = value;
        }

        var app = ShopApplication.Create(new WebApplicationOptions
        {
            Args = values.Select(setting => $"--{setting.Key}={setting.Value}").ToArray(),
            EnvironmentName = settings.Environment,
            ContentRootPath = AppContext.BaseDirectory,
        });
        await ShopApplication.MigrateOnStartupAsync(app);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var shop = new TestShop(app, new Uri(address), database, ownsDatabase: settings.Database is null);
        using var client = shop.Anonymous();
        await Eventually.Until(async () => (await client.GetAsync("/health/ready")).IsSuccessStatusCode, "the shop to report ready");
        return shop;
    }

    public HttpClient Anonymous() => new(_handler, disposeHandler: false) { BaseAddress = BaseAddress };

    public HttpClient WithToken(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public HttpClient Customer(string subject) => WithToken(TestTokens.For(subject));

    public HttpClient Admin(string subject = "admin") => WithToken(TestTokens.For(subject, "admin"));

    /// <summary>Sends a request through the module's MediatR pipeline, as an endpoint would.</summary>
    public async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>
    /// The messages of this type that the outbox has stored and routed, handled or not. A message with several
    /// consumers is stored once per consumer; every consumer receives every message, so one consumer's copies are
    /// the list of what was published.
    /// </summary>
    public async Task<IReadOnlyList<T>> PublishedAsync<T>() where T : class =>
        (await PublishedWithIdsAsync<T>()).Select(published => published.Message).ToList();

    /// <summary>As <see cref="PublishedAsync{T}"/>, with each message's id (derived from its cause when it has one).</summary>
    public async Task<IReadOnlyList<(Guid Id, T Message)>> PublishedWithIdsAsync<T>() where T : class
    {
        var name = typeof(T).ToMessageTypeName();
        var store = Services.GetRequiredService<IMessageStore>();
        await SettledAsync();
        var envelopes = await store.Admin.AllIncomingAsync();
        var copiesForOneConsumer = envelopes
            .Where(envelope => envelope.MessageType == name && envelope.Data is not null)
            .GroupBy(envelope => envelope.Destination)
            .MaxBy(copies => copies.Count());
        return copiesForOneConsumer?
            .Select(envelope => (DerivedMessageIds.IdOf(envelope), System.Text.Json.JsonSerializer.Deserialize<T>(envelope.Data!, HttpJson.Options)!))
            .ToList() ?? [];
    }

    /// <summary>
    /// Runs <paramref name="act"/> and returns the messages of these types it published, once each, whether or not a
    /// module consumes them yet: a message no module consumes is in no inbox for <see cref="PublishedAsync{T}"/> to
    /// find. Other messages in flight meanwhile are not watched; a consumer still handling these is waited for a while.
    /// </summary>
    public async Task<IReadOnlyList<object>> PublishedWhileAsync(Func<Task> act, params Type[] types)
    {
        var session = await _app.TrackActivity()
            .IgnoreMessagesMatchingType(type => !types.Contains(type))
            .DoNotAssertOnExceptionsDetected()
            .DoNotAssertOnTimeout()
            .Timeout(TimeSpan.FromSeconds(10))
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(_ => act()));
        return session.AllRecordsInOrder()
            .Where(record => record.MessageEventType is MessageEventType.Sent or MessageEventType.NoRoutes)
            .Select(record => record.Envelope)
            .OfType<Envelope>()
            .Where(envelope => envelope.Message is not null)
            .DistinctBy(envelope => envelope.Id)
            .Select(envelope => envelope.Message!)
            .ToList();
    }

    /// <summary>
    /// Over the broker, a published message reaches its consumers' inboxes a moment after the transaction that
    /// published it: this waits until the outbox has sent everything and the broker has delivered it. On local
    /// queues the outbox stores a message in its consumers' inboxes at once, and there is nothing to wait for.
    /// </summary>
    public async Task SettledAsync()
    {
        if (Database.Broker is null)
        {
            return;
        }

        var store = Services.GetRequiredService<IMessageStore>();
        await Eventually.Until(async () => (await store.Admin.FetchCountsAsync()).Outgoing == 0, "the outbox to send every message");
        await Database.Broker.DrainedAsync();
    }

    /// <summary>
    /// Waits until the shop has nothing left to do for what it was asked so far: every message sent and handled, so
    /// the database changes no more until the next request. Messages scheduled for later are not waited for. Over the
    /// broker, a message may be between the outbox and an inbox, where the database does not see it: the broker is
    /// waited for, slowly (its statistics lag), only when something was sent since it was last found drained.
    /// </summary>
    public async Task IdleAsync()
    {
        while (true)
        {
            await Eventually.Until(() => Database.MessagesInProgress() == 0, "every stored message to be sent and handled");
            var sent = _sentMessages.Count;
            if (Database.Broker is null || sent == _sentWhenDrained)
            {
                return;
            }

            _sentWhenDrained = sent;
            await Database.Broker.DrainedAsync();
        }
    }

    public DbConnection OpenDatabase() => Database.Open();

    /// <summary>Stops the shop; a test may stop it early to see the others carry on, and disposing it again does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _handler.Dispose();
        _sentMessages.Dispose();
        if (_ownedDatabase is not null)
        {
            await _ownedDatabase.DisposeAsync();
        }
    }
}

public sealed class TestShopSettings
{
    /// <summary>Settings on top of the test defaults, as configuration keys (<c>Modules:Cart:MaxLines</c>).</summary>
    public Dictionary<string, string?> Values { get; } = [];

    public string Environment { get; set; } = "Testing";

    public bool SeedDemoProducts { get; set; }

    /// <summary>The database to run on; give the same one to a second shop to restart on the same data. The caller disposes it.</summary>
    public TestDatabase? Database { get; set; }
}
