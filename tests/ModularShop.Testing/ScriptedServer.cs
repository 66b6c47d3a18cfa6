using System.Net;
using System.Net.Sockets;

namespace ModularShop.Testing;

/// <summary>
/// A PostgreSQL cluster, a RabbitMQ node or a Prometheus server of one test's own, on a port of its own, started,
/// stopped and started again by the project's scripts (scripts/postgres.sh, scripts/rabbitmq.sh, scripts/prometheus.sh), so that a test can take the server away from
/// under a running shop without disturbing the tests that share the run's servers. Disposing stops it and removes
/// its data.
/// </summary>
public sealed class ScriptedServer : IAsyncDisposable
{
    private readonly string _script;
    private readonly string _portVariable;
    private readonly int _port;

    private ScriptedServer(string name, string portVariable, int port, string connection)
    {
        _script = Path.Combine(ServiceArtifact.RepositoryRoot, "scripts", $"{name}.sh");
        _portVariable = portVariable;
        _port = port;
        Name = name;
        Connection = connection;
    }

    public string Name { get; }

    /// <summary>What the script printed on its last line: the administrator's connection string, the AMQP URI, or the address.</summary>
    public string Connection { get; }

    public bool IsRunning { get; private set; } = true;

    public static Task<ScriptedServer> StartPostgresAsync() => StartAsync("postgres", "MODULARSHOP_POSTGRES_PORT", neighbours: 1);

    /// <summary>A RabbitMQ node needs three ports in a row: AMQP, the management API and Erlang's distribution.</summary>
    public static Task<ScriptedServer> StartRabbitMqAsync() => StartAsync("rabbitmq", "MODULARSHOP_RABBITMQ_PORT", neighbours: 3);

    /// <summary>A Prometheus server (see <see cref="Telemetry.TestPrometheus"/>).</summary>
    public static Task<ScriptedServer> StartPrometheusAsync() => StartAsync("prometheus", "MODULARSHOP_PROMETHEUS_PORT", neighbours: 1);

    /// <summary>Runs another command of the server's script, such as <c>targets</c> of scripts/prometheus.sh, and returns the last line it printed.</summary>
    public Task<string> RunAsync(string command, IEnumerable<string> arguments) => RunAsync(_script, command, _portVariable, _port, arguments);

    /// <summary>Stops the server as an operator or a crash of its machine would take it away.</summary>
    public async Task StopAsync()
    {
        await RunAsync(_script, "stop", _portVariable, _port);
        IsRunning = false;
    }

    public async Task StartAgainAsync()
    {
        await RunAsync(_script, "start", _portVariable, _port);
        IsRunning = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (IsRunning)
        {
            await StopAsync();
        }

        var state = Path.Combine(ServiceArtifact.RepositoryRoot, $".{Name}-{_port}");
        var location = Path.Combine(state, "location");
        if (File.Exists(location) && (await File.ReadAllTextAsync(location)).Trim() is { Length: > 0 } data && Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }

        if (Directory.Exists(state))
        {
            Directory.Delete(state, recursive: true);
        }
    }

    private static async Task<ScriptedServer> StartAsync(string name, string portVariable, int neighbours)
    {
        var port = FreePorts(neighbours);
        var script = Path.Combine(ServiceArtifact.RepositoryRoot, "scripts", $"{name}.sh");
        var connection = await RunAsync(script, "start", portVariable, port);
        return new ScriptedServer(name, portVariable, port, connection);
    }

    /// <summary>Runs the script and returns the last line it printed.</summary>
    private static async Task<string> RunAsync(string script, string command, string portVariable, int port, IEnumerable<string>? arguments = null)
    {
        var output = await CommandLine.RunAsync(
            "bash",
            [script, command, .. arguments ?? []],
            ServiceArtifact.RepositoryRoot,
            TimeSpan.FromMinutes(3),
            new Dictionary<string, string> { [portVariable] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
    }

    /// <summary>The first of <paramref name="count"/> consecutive loopback ports that nothing listens on.</summary>
    private static int FreePorts(int count)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            // Below Linux's ephemeral range (32768 and up), where no outgoing connection or port-0 listener can take a
            // port between the server's stop and its restart.
            var first = Random.Shared.Next(20_000, 32_000);
            if (Enumerable.Range(first, count).All(IsFree))
            {
                return first;
            }
        }

        throw new InvalidOperationException($"No {count} free consecutive ports on the loopback interface.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
