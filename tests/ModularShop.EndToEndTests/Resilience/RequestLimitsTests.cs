using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Resilience;

/// <summary>
/// A stuck dependency or a slow client does not hold the shop's threads and connections for ever: the request is
/// answered with a problem once its time is up, and a client that never finishes its request is disconnected. A body
/// larger than the shop reads is refused before anything else.
/// </summary>
public sealed class RequestLimitsTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private TestShop _shop = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _shop = await TestShop.StartAsync(settings =>
        {
            settings.Database = _database;
            settings.SeedDemoProducts = true;
            settings.Values["Http:RequestTimeout"] = "00:00:01";
            settings.Values["Http:RequestHeadersTimeout"] = "00:00:01";
            if (_database.Provider == DatabaseProvider.Sqlite)
            {
                // SQLite waits for a lock up to its busy timeout (30 s by default) whatever the request's cancellation
                // says, then gives up with "database is locked": a shorter one keeps this test short.
                settings.Values["ConnectionStrings:ModularShop"] = $"{_database.Settings["ConnectionStrings:ModularShop"]};Default Timeout=2";
            }
        });
        await Demo.WaitUntilCartKnowsTheCatalogAsync(_database);
    }

    public async Task DisposeAsync()
    {
        await _shop.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_write_stuck_behind_a_lock_is_answered_with_a_problem_when_its_time_is_up_and_leaves_nothing_behind()
    {
        using var customer = _shop.Customer("patient");
        var clock = Stopwatch.StartNew();
        HttpResponseMessage answer;
        using (_shop.Database.HoldWriteLock("cart", "carts"))
        {
            answer = await customer.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.CeramicMug, quantity = 1 });
        }

        clock.Stop();
        answer.StatusCode.ShouldBeOneOf([HttpStatusCode.GatewayTimeout, HttpStatusCode.ServiceUnavailable], $"after {clock.Elapsed.TotalSeconds:0.0} s");
        answer.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await answer.ReadProblemAsync()).Detail.ShouldNotBeNullOrWhiteSpace();
        (await (await customer.GetAsync("/api/cart")).ReadAsync<CartBody>()).Lines.ShouldBeEmpty("the refused write left nothing");

        // Once the lock is gone, the same call goes through.
        (await customer.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.CeramicMug, quantity = 1 })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_client_that_never_finishes_its_headers_is_disconnected_and_others_are_served_meanwhile()
    {
        using var slow = new TcpClient();
        await slow.ConnectAsync(_shop.BaseAddress.Host, _shop.BaseAddress.Port);
        var stream = slow.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("GET /api/catalog/products HTTP/1.1\r\nHost: shop\r\nX-Slow: "));

        using var anyone = _shop.Anonymous();
        (await anyone.GetAsync("/api/catalog/products")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var clock = Stopwatch.StartNew();
        var received = await ReadUntilClosedAsync(stream, TimeSpan.FromSeconds(30));
        clock.Stop();
        received.ShouldNotBeNull("the shop must close the connection of a client that never finishes its request");
        if (received.Length > 0)
        {
            received.ShouldStartWith("HTTP/1.1 408");
        }
    }

    [Fact]
    public async Task A_body_declared_over_the_limit_is_a_413_before_anything_else_and_the_answer_says_the_connection_closes()
    {
        using var anyone = _shop.Anonymous();
        await _shop.IdleAsync();
        var before = _shop.Database.Fingerprint();

        // Refused for its token first, the body unread, it used to leave Kestrel to drop a connection it had promised to keep.
        using var answer = await anyone.PostAsync("/api/cart/items", new ByteArrayContent(new byte[70_000]) { Headers = { ContentType = new("application/json") } });

        answer.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        answer.Headers.ConnectionClose.ShouldBe(true);
        (await answer.ReadProblemAsync()).Detail!.ShouldContain("65536 bytes");
        (await anyone.GetAsync("/api/catalog/products")).StatusCode.ShouldBe(HttpStatusCode.OK, "the client's next request finds a connection that works");
        _shop.Database.Fingerprint().ChangedSince(before).ShouldBeEmpty();
    }

    /// <summary>What the server sent before it closed the connection, or null when it was still open at the deadline.</summary>
    private static async Task<string?> ReadUntilClosedAsync(NetworkStream stream, TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        var received = new StringBuilder();
        var buffer = new byte[1024];
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(buffer, timeout.Token);
                if (read == 0)
                {
                    return received.ToString();
                }

                received.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        catch (IOException)
        {
            return received.ToString();
        }
    }
}
