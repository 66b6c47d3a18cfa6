using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using ModularShop.BuildingBlocks.Messaging;

namespace ModularShop.Testing;

/// <summary>
/// A RabbitMQ virtual host of the test's own, on the node that scripts/rabbitmq.sh runs, removed with everything in it
/// when disposed. The tests use the broker when they run with <c>MODULARSHOP_TEST_TRANSPORT=RabbitMq</c> and
/// <c>MODULARSHOP_TEST_RABBITMQ</c> holding the node's AMQP URI (the script prints it); virtual hosts are made through
/// the management API, which listens on the AMQP port + 1 unless <c>MODULARSHOP_TEST_RABBITMQ_MANAGEMENT</c> says otherwise.
/// </summary>
public sealed class TestBroker : IAsyncDisposable
{
    public const string TransportVariable = "MODULARSHOP_TEST_TRANSPORT";
    public const string RabbitMqVariable = "MODULARSHOP_TEST_RABBITMQ";
    public const string ManagementVariable = "MODULARSHOP_TEST_RABBITMQ_MANAGEMENT";

    private static readonly Lazy<HttpClient> DefaultManagement = new(() => CreateManagementClient(DefaultNode, Environment.GetEnvironmentVariable(ManagementVariable)));

    private readonly Uri _node;
    private readonly HttpClient _management;
    private readonly bool _ownsManagement;

    private TestBroker(string virtualHost, Uri node, HttpClient management, bool ownsManagement)
    {
        VirtualHost = virtualHost;
        _node = node;
        _management = management;
        _ownsManagement = ownsManagement;
    }

    public static MessageTransport TransportUnderTest =>
        Enum.TryParse<MessageTransport>(Environment.GetEnvironmentVariable(TransportVariable), ignoreCase: true, out var transport)
            ? transport
            : MessageTransport.Local;

    public string VirtualHost { get; }

    /// <summary>The AMQP URI of this virtual host.</summary>
    public Uri Address => new UriBuilder(_node) { Path = "/" + VirtualHost }.Uri;

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Messaging:Transport"] = nameof(MessageTransport.RabbitMq),
        ["ConnectionStrings:RabbitMq"] = Address.ToString(),
    };

    private static Uri DefaultNode =>
        Environment.GetEnvironmentVariable(RabbitMqVariable) is { Length: > 0 } uri
            ? new Uri(uri)
            : throw new InvalidOperationException($"{TransportVariable}=RabbitMq needs {RabbitMqVariable}, the node's AMQP URI (scripts/rabbitmq.sh start prints one).");

    /// <summary>A virtual host on the node of the test run.</summary>
    public static Task<TestBroker> CreateAsync() => CreateAsync(new TestBroker($"shop_{Guid.NewGuid():N}"[..20], DefaultNode, DefaultManagement.Value, ownsManagement: false));

    /// <summary>A virtual host on another node, such as one a test runs itself to stop it (its management API on the AMQP port + 1).</summary>
    public static Task<TestBroker> CreateAsync(Uri node) =>
        CreateAsync(new TestBroker($"shop_{Guid.NewGuid():N}"[..20], node, CreateManagementClient(node, management: null), ownsManagement: true));

    private static async Task<TestBroker> CreateAsync(TestBroker broker)
    {
        (await broker._management.PutAsync($"api/vhosts/{broker.VirtualHost}", content: null)).EnsureSuccessStatusCode();
        var user = Uri.UnescapeDataString(broker._node.UserInfo.Split(':')[0]);
        (await broker._management.PutAsJsonAsync($"api/permissions/{broker.VirtualHost}/{user}", new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();
        return broker;
    }

    /// <summary>How many messages wait in a queue of this virtual host.</summary>
    public async Task<long> MessagesWaitingAsync(string queue)
    {
        var info = await _management.GetFromJsonAsync<QueueInfo>($"api/queues/{VirtualHost}/{queue}");
        return info!.Messages;
    }

    /// <summary>
    /// Waits until no queue of this virtual host holds a message, ready or being delivered: what was sent has reached
    /// its consumers. Queue lengths come from the management API's statistics, which lag by up to half a second
    /// (scripts/rabbitmq.sh), so the wait starts with that lag and asks for two empty readings in a row.
    /// </summary>
    public async Task DrainedAsync()
    {
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        var emptyReadings = 0;
        await Eventually.Until(
            async () =>
            {
                var queues = await _management.GetFromJsonAsync<List<QueueInfo>>($"api/queues/{VirtualHost}?columns=name,messages");
                emptyReadings = queues!.All(queue => queue.Messages == 0) ? emptyReadings + 1 : 0;
                if (emptyReadings < 2)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(300));
                }

                return emptyReadings >= 2;
            },
            $"the queues of virtual host {VirtualHost} to be empty");
    }

    /// <summary>The queues of this virtual host, by name.</summary>
    public async Task<IReadOnlyList<string>> QueuesAsync()
    {
        var queues = await _management.GetFromJsonAsync<List<QueueInfo>>($"api/queues/{VirtualHost}");
        return queues!.Select(queue => queue.Name).Order(StringComparer.Ordinal).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var response = await _management.DeleteAsync($"api/vhosts/{VirtualHost}");
        }
        catch (HttpRequestException)
        {
            // A node the test has stopped for good takes its virtual hosts with it.
        }

        if (_ownsManagement)
        {
            _management.Dispose();
        }
    }

    private static HttpClient CreateManagementClient(Uri node, string? management)
    {
        var client = new HttpClient();
        client.BaseAddress = management is { Length: > 0 }
            ? new Uri(management.TrimEnd('/') + "/")
            : new Uri($"http://{node.Host}:{node.Port + 1}/");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(node.UserInfo))));
        return client;
    }

    private sealed record QueueInfo(string Name, long Messages);
}
