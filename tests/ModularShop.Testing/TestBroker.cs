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

    private static readonly HttpClient Management = CreateManagementClient();

    private TestBroker(string virtualHost) => VirtualHost = virtualHost;

    public static MessageTransport TransportUnderTest =>
        Enum.TryParse<MessageTransport>(Environment.GetEnvironmentVariable(TransportVariable), ignoreCase: true, out var transport)
            ? transport
            : MessageTransport.Local;

    public string VirtualHost { get; }

    /// <summary>The AMQP URI of this virtual host.</summary>
    public Uri Address => new UriBuilder(Node) { Path = "/" + VirtualHost }.Uri;

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Messaging:Transport"] = nameof(MessageTransport.RabbitMq),
        ["ConnectionStrings:RabbitMq"] = Address.ToString(),
    };

    private static Uri Node =>
        Environment.GetEnvironmentVariable(RabbitMqVariable) is { Length: > 0 } uri
            ? new Uri(uri)
            : throw new InvalidOperationException($"{TransportVariable}=RabbitMq needs {RabbitMqVariable}, the node's AMQP URI (scripts/rabbitmq.sh start prints one).");

    public static async Task<TestBroker> CreateAsync()
    {
        var broker = new TestBroker($"shop_{Guid.NewGuid():N}"[..20]);
        (await Management.PutAsync($"api/vhosts/{broker.VirtualHost}", content: null)).EnsureSuccessStatusCode();
        var user = Uri.UnescapeDataString(Node.UserInfo.Split(':')[0]);
        (await Management.PutAsJsonAsync($"api/permissions/{broker.VirtualHost}/{user}", new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();
        return broker;
    }

    /// <summary>How many messages wait in a queue of this virtual host.</summary>
    public async Task<long> MessagesWaitingAsync(string queue)
    {
        var info = await Management.GetFromJsonAsync<QueueInfo>($"api/queues/{VirtualHost}/{queue}");
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
                var queues = await Management.GetFromJsonAsync<List<QueueInfo>>($"api/queues/{VirtualHost}?columns=name,messages");
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
        var queues = await Management.GetFromJsonAsync<List<QueueInfo>>($"api/queues/{VirtualHost}");
        return queues!.Select(queue => queue.Name).Order(StringComparer.Ordinal).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        using var response = await Management.DeleteAsync($"api/vhosts/{VirtualHost}");
    }

    private static HttpClient CreateManagementClient()
    {
        var client = new HttpClient();
        if (TransportUnderTest != MessageTransport.RabbitMq)
        {
            return client;
        }

        var node = Node;
        client.BaseAddress = Environment.GetEnvironmentVariable(ManagementVariable) is { Length: > 0 } management
            ? new Uri(management.TrimEnd('/') + "/")
            : new Uri($"http://{node.Host}:{node.Port + 1}/");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(node.UserInfo))));
        return client;
    }

    private sealed record QueueInfo(string Name, long Messages);
}
