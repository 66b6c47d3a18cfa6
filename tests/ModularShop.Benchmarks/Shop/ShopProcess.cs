using System.Diagnostics;
using System.Globalization;
using System.Net;
using ModularShop.Testing;

namespace ModularShop.Benchmarks.Shop;

/// <summary>
/// The host as a process of its own, in the Production environment with the shop's own defaults, its console
/// written to a file (reading it through a pipe would cost the benchmark's CPU, not the shop's).
/// </summary>
internal sealed class ShopProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ShopProcess(Process process, Uri address, string log, Stopwatch sinceStart)
    {
        _process = process;
        Address = address;
        Log = log;
        SinceStart = sinceStart;
    }

    public Uri Address { get; }

    public string Log { get; }

    public int Pid => _process.Id;

    /// <summary>Time since the process was started.</summary>
    public Stopwatch SinceStart { get; }

    public double ResidentMegabytes => ProcessStats.ResidentMegabytes(Pid);

    public TimeSpan CpuTime => ProcessStats.CpuTime(Pid);

    /// <summary>Starts the host with the given settings; <paramref name="hostDirectory"/> is a service build's folder, if not the shop's.</summary>
    public static ShopProcess Start(IReadOnlyDictionary<string, string?> settings, string log, Uri? address = null, string? hostDirectory = null)
    {
        address ??= HostProcess.FreeAddress();
        hostDirectory ??= AppContext.BaseDirectory;
        var arguments = new List<string> { Path.Combine(hostDirectory, "ModularShop.Host.dll"), $"--urls={address}" };
        arguments.AddRange(settings.Select(setting => $"--{setting.Key}={setting.Value}"));

        // exec: the shell becomes the host, so the pid is the host's and a kill reaches it.
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, WorkingDirectory = hostDirectory };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec dotnet \"$@\" >>\"$LOG\" 2>&1");
        start.ArgumentList.Add("sh");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["LOG"] = log;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start)!;
        return new ShopProcess(process, address, log, clock);
    }

    /// <summary>Waits for GET /health/ready to answer 200, polling every 10 ms; answers the time since the start.</summary>
    public async Task<TimeSpan> WaitUntilReadyAsync(TimeSpan? timeout = null)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = timeout ?? TimeSpan.FromSeconds(120);
        while (SinceStart.Elapsed < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} before it was ready; see {Log}.");
            }

            try
            {
                using var answer = await client.GetAsync("/health/ready");
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    return SinceStart.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"The host was not ready after {deadline}; see {Log}.");
    }

    /// <summary>SIGKILL, as a crash or the OOM killer would end it.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>SIGTERM, as an orchestrator stops it; answers its exit code.</summary>
    public async Task<int> StopAsync()
    {
        if (!_process.HasExited)
        {
            using (var signal = Process.Start("kill", ["-TERM", Pid.ToString(CultureInfo.InvariantCulture)]))
            {
                await signal.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await _process.WaitForExitAsync(timeout.Token);
        }

        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
