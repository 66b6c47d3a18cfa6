using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ModularShop.Testing;

/// <summary>
/// The shop as an operating-system process (<c>dotnet ModularShop.Host.dll</c>), for what only a real process shows:
/// being killed, restarted, refusing to start, exit codes and what it writes to the console.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _outputLock = new();

    private HostProcess(Process process, Uri? baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri? BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_outputLock)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts the host with the given settings on a free loopback port and the test signing key.</summary>
    /// <param name="command">A command of the host such as <c>migrate</c>, or null to serve.</param>
    /// <param name="hostDirectory">Where the host's build is: the tests' own copy of the shop unless a service build is given.</param>
    /// <param name="address">Where to listen, when the test must know it before the process starts.</param>
    public static HostProcess Start(
        TestDatabase database,
        IEnumerable<string>? extraArguments = null,
        string environment = "Testing",
        string? command = null,
        string? hostDirectory = null,
        Uri? address = null)
    {
        hostDirectory ??= AppContext.BaseDirectory;
        var arguments = new List<string> { Path.Combine(hostDirectory, "ModularShop.Host.dll") };
        if (command is not null)
        {
            arguments.AddRange(command.Split(' '));
        }

        var listen = command is null;
        Uri? baseAddress = null;
        if (listen)
        {
            baseAddress = address ?? FreeAddress();
            arguments.Add($"--urls={baseAddress}");
        }

        arguments.AddRange(database.Settings.Select(setting => $"--{setting.Key}={setting.Value}"));
        arguments.Add($"--Authentication:SigningKey={TestTokens.SigningKey}");
        arguments.AddRange(TestHostDefaults.Values.Select(setting => $"--{setting.Key}={setting.Value}"));
        arguments.AddRange(extraArguments ?? []);

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = hostDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = environment;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new HostProcess(process, baseAddress);
        process.OutputDataReceived += (_, line) => host.Append(line.Data);
        process.ErrorDataReceived += (_, line) => host.Append(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    public HttpClient Client(string? token = null) =>
        ClientAt(BaseAddress ?? throw new InvalidOperationException("This process does not listen."), token);

    /// <summary>A client of whichever process listens at <paramref name="address"/>: the same one across a restart on that address.</summary>
    public static HttpClient ClientAt(Uri address, string? token = null)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        }

        return client;
    }

    public async Task WaitUntilReadyAsync(TimeSpan? timeout = null)
    {
        using var client = Client();
        await Eventually.Until(
            async () =>
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"The host exited with code {_process.ExitCode} before it was ready:\n{Output}");
                }

                try
                {
                    return (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            },
            "the host process to report ready",
            timeout ?? TimeSpan.FromSeconds(60));
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, exactly like a crash or an OOM kill.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>SIGTERM: the host shuts down as an orchestrator would stop it, finishing what it holds.</summary>
    public async Task StopAsync(TimeSpan? timeout = null)
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var signal = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(cancellation.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_outputLock)
        {
            _output.AppendLine(line);
        }
    }

    /// <summary>A loopback address with a port that nothing listens on right now.</summary>
    public static Uri FreeAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
    }
}
