using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Host;
using ModularShop.Host.Api;
using ModularShop.Host.Commands;
using ModularShop.Host.Telemetry;
using ModularShop.Testing;
using YamlDotNet.Serialization;

namespace ModularShop.EndToEndTests.Deployment;

/// <summary>
/// No container engine runs where these tests do, so deploy/ is checked without one: every container of the compose
/// file gets its settings handed to the real host, which must accept them; the shop's gateway must find the Payments
/// instances the file starts; the Dockerfile must build and run what the build's publish-service target does; the
/// collector and Prometheus must receive from and scrape every serving container where it sends and serves.
/// </summary>
public sealed class DeploymentFilesTests
{
    private static readonly string Deploy = Path.Combine(ServiceArtifact.RepositoryRoot, "deploy");
    private static readonly ComposeFile Compose = ComposeFile.Load(Path.Combine(Deploy, "compose.yaml"));
    private static readonly Dockerfile Image = Dockerfile.Load(Path.Combine(Deploy, "Dockerfile"));

    [Fact]
    public async Task Every_shop_container_gets_settings_the_host_accepts_on_postgresql_and_rabbitmq()
    {
        Compose.ShopContainers.Count().ShouldBeGreaterThanOrEqualTo(2);
        foreach (var (name, container) in Compose.ShopContainers)
        {
            await using var app = CreateHost(container);
            var catalog = app.Services.GetRequiredService<ModuleCatalog>();
            var roles = app.Services.GetRequiredService<ModuleRoles>();

            app.Services.GetRequiredService<IModuleDatabase>().Provider.ShouldBe(DatabaseProvider.PostgreSql, name);
            app.Services.GetRequiredService<MessagingSettings>().Transport.ShouldBe(MessageTransport.RabbitMq, $"{name}: a split shop's modules talk over the broker");
            foreach (var module in catalog.Enabled)
            {
                roles.PasswordOf(module).ShouldNotBeNullOrWhiteSpace($"{name} runs {module.Name}");
            }

            if (container.Command is [var command, ..])
            {
                HostCommands.IsCommand([.. container.Command]).ShouldBeTrue($"{name}: '{command}' is not a command of the host");
            }

            if (container.Command is ["db", "provision", ..])
            {
                app.Configuration[HostSettingNames.AdminConnection].ShouldNotBeNullOrWhiteSpace($"{name} provisions, which takes an administrator's connection");
            }
        }
    }

    [Fact]
    public async Task Every_module_is_served_by_some_container_and_payments_by_its_own_service()
    {
        var served = new Dictionary<string, List<string>>();
        foreach (var (name, container) in Serving())
        {
            await using var app = CreateHost(container);
            foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Enabled)
            {
                served.TryAdd(module.Name, []);
                served[module.Name].Add(name);
            }
        }

        served.Keys.Order().ShouldBe(["Cart", "Catalog", "Inventory", "Ordering", "Payments", "Shipping"]);
        served["Payments"].ShouldBe(["payments-1", "payments-2"], ignoreOrder: true);
        served.Where(module => module.Key != "Payments").ShouldAllBe(module => module.Value.SequenceEqual(new[] { "shop" }));
    }

    [Fact]
    public async Task The_shops_gateway_finds_every_payments_instance_on_the_port_the_image_listens_on()
    {
        var shop = Compose.Services["shop"];
        await using var app = CreateHost(shop);
        var payments = app.Services.GetRequiredService<ModuleCatalog>().All.Single(module => module.Name == "Payments");

        var instances = await DeployedHost.InstancesOfAsync(app, payments);

        var containers = Serving().Where(container => container.Value.Modules == payments.Name).Select(container => container.Key).ToList();
        instances.Select(address => address.Host).ShouldBe(containers, ignoreOrder: true);
        instances.ShouldAllBe(address => address.Port == ImagePort());
        shop.Ports.ShouldContain($"{ImagePort()}:{ImagePort()}");
    }

    [Fact]
    public void Each_container_waits_for_what_it_needs_and_names_only_containers_of_the_file()
    {
        foreach (var (name, container) in Compose.Services)
        {
            container.DependsOn.Keys.ShouldAllBe(dependency => Compose.Services.ContainsKey(dependency), $"{name} depends on a container the file does not have");
            foreach (var (dependency, condition) in container.DependsOn)
            {
                var expected = Compose.Services[dependency].Healthcheck is not null ? "service_healthy"
                    : Compose.Services[dependency].Command.Count > 0 ? "service_completed_successfully"
                    : "service_started";
                condition.Condition.ShouldBe(expected, $"{name} waiting for {dependency}");
            }
        }

        foreach (var (name, _) in Compose.ShopContainers)
        {
            var before = Upstream(name);
            before.ShouldContain("postgres", $"{name} starts after PostgreSQL");
            if (Compose.Services[name].Command.Count == 0)
            {
                before.ShouldContain("rabbitmq", $"{name} starts after RabbitMQ");
                before.ShouldContain(provision => provision.StartsWith("provision-", StringComparison.Ordinal), $"{name} starts on a provisioned database");
            }
        }
    }

    [Fact]
    public void Every_serving_shop_container_sends_otlp_to_the_collector_on_the_port_the_collector_receives_on()
    {
        var (collectorName, collector) = Compose.Services.Single(service => service.Value.MountOf("otel-collector.yaml") is not null);
        collector.CommandOption("--config").ShouldBe(collector.MountOf("otel-collector.yaml"), "the collector reads the config the file mounts");
        var config = new DeserializerBuilder().Build().Deserialize<object>(File.ReadAllText(Path.Combine(Deploy, "otel-collector.yaml")));
        var grpcPort = new Uri($"http://{YamlAt(config, "receivers", "otlp", "protocols", "grpc", "endpoint")}").Port;

        Serving().ShouldNotBeEmpty();
        foreach (var (name, container) in Serving())
        {
            var endpoint = new Uri(container.Environment.GetValueOrDefault("OTEL_EXPORTER_OTLP_ENDPOINT") ?? throw new ShouldAssertException($"{name} sets no OTEL_EXPORTER_OTLP_ENDPOINT"));
            endpoint.Host.ShouldBe(collectorName, name);
            endpoint.Port.ShouldBe(grpcPort, $"{name} sends OTLP over gRPC, which the collector receives on {grpcPort}");
        }
    }

    [Fact]
    public async Task Prometheus_scrapes_every_serving_shop_container_on_its_port_at_the_path_the_host_serves_to_prometheus()
    {
        var (_, prometheus) = Compose.Services.Single(service => service.Value.MountOf("prometheus.yml") is not null);
        prometheus.CommandOption("--config.file").ShouldBe(prometheus.MountOf("prometheus.yml"), "Prometheus reads the config the file mounts");
        var prometheusAddress = IPAddress.Parse(prometheus.Networks.ShouldHaveSingleItem().Value?.Ipv4Address ?? throw new ShouldAssertException("Prometheus has no fixed address for the shops to allow"));
        var job = PrometheusConfig.Load(Path.Combine(Deploy, "prometheus.yml")).ScrapeConfigs.ShouldHaveSingleItem();
        job.StaticConfigs.SelectMany(targets => targets.Targets).ShouldBe(Serving().Select(container => $"{container.Key}:{ImagePort()}"), ignoreOrder: true);

        foreach (var (name, container) in Serving())
        {
            await using var app = CreateHost(container);
            var scrape = app.Services.GetRequiredService<TelemetrySettings>().Prometheus;
            scrape.Enabled.ShouldBeTrue($"{name} serves {job.MetricsPath}");
            scrape.Path.ShouldBe(job.MetricsPath, name);
            scrape.Scrapers.Contain(prometheusAddress).ShouldBeTrue($"{name} answers {job.MetricsPath} to Prometheus at {prometheusAddress}");
        }

        // A shop on this machine with those settings serves the path; asked from loopback, which it allows by default.
        await using var shop = await TestShop.StartAsync(settings =>
        {
            settings.Values["Telemetry:Prometheus:Enabled"] = "true";
            settings.Values["Telemetry:Prometheus:Path"] = job.MetricsPath;
        });
        using var scraper = shop.Anonymous();
        var scraped = await scraper.GetAsync(job.MetricsPath);
        scraped.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {job.MetricsPath}");
        (await scraped.Content.ReadAsStringAsync()).ShouldContain("# TYPE ");
    }

    [Fact]
    public void The_dockerfile_publishes_the_host_for_the_modules_it_is_given_and_runs_it_on_the_port_it_exposes()
    {
        var publish = Image.All("RUN").Single(command => command.StartsWith("dotnet publish ", StringComparison.Ordinal)).Split(' ');
        var targetFramework = XDocument.Load(Path.Combine(ServiceArtifact.RepositoryRoot, "Directory.Build.props"))
            .Descendants("TargetFramework").Single().Value;

        File.Exists(Path.Combine(ServiceArtifact.RepositoryRoot, publish[2])).ShouldBeTrue($"{publish[2]} is not in the repository");
        publish.ShouldContain("-p:ShopModules=${MODULES}");
        publish.ShouldContain("Release");
        Image.ArgumentDefault("MODULES").ShouldBe(string.Empty, "without MODULES the image is the whole shop");
        $"net{Image.ArgumentDefault("DOTNET_VERSION")}".ShouldBe(targetFramework);
        Image.All("ENTRYPOINT").Single().ShouldBe($"[\"dotnet\", \"{typeof(ShopApplication).Assembly.GetName().Name}.dll\"]");
        Image.All("EXPOSE").Single().ShouldBe(ImagePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Compose.ShopContainers.Select(container => container.Value.Modules).Where(modules => modules.Length > 0)
            .ShouldAllBe(modules => modules.Split(',', StringSplitOptions.TrimEntries).All(IsModuleOfThisBuild));
    }

    private static bool IsModuleOfThisBuild(string module) =>
        ModuleCatalog.Discover(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()).All.Any(descriptor => descriptor.Name == module);

    private static WebApplication CreateHost(ComposeService container) => DeployedHost.Create(container.HostArguments(), container.Modules);

    /// <summary>The shop's containers that serve, as opposed to the ones that run a command and exit.</summary>
    private static IEnumerable<KeyValuePair<string, ComposeService>> Serving() =>
        Compose.ShopContainers.Where(container => container.Value.Command.Count == 0);

    private static object YamlAt(object node, params string[] keys) =>
        keys.Aggregate(node, (found, key) => ((Dictionary<object, object>)found)[key]);

    private static int ImagePort() => Image.ListenPort;

    private static HashSet<string> Upstream(string name)
    {
        var found = new HashSet<string>();
        var pending = new Stack<string>([name]);
        while (pending.TryPop(out var next))
        {
            foreach (var dependency in Compose.Services[next].DependsOn.Keys.Where(found.Add))
            {
                pending.Push(dependency);
            }
        }

        return found;
    }
}
