using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Host.Commands;
using ModularShop.Host.Configuration;
using ModularShop.Host.Gateway;
using ModularShop.Host.Health;
using ModularShop.Host.Security;
using ModularShop.Host.Shutdown;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Deployment;

/// <summary>
/// No cluster runs where these tests do, so deploy/kubernetes is checked as deploy/compose.yaml is: each overlay is
/// read as kustomize would build it, every container's settings are handed to the real host, which must accept them,
/// and the probes, ports, Services, rolling updates and stops are held against what the host and its image do.
/// </summary>
public sealed class KubernetesFilesTests : IDisposable
{
    /// <summary>Where the runtime opens its diagnostics socket, and so the one place a container must be able to write.</summary>
    private const string TemporaryFiles = "/tmp";

    private const string PollingFileWatcher = "DOTNET_USE_POLLING_FILE_WATCHER";

    private static readonly string Deploy = Path.Combine(ServiceArtifact.RepositoryRoot, "deploy");
    private static readonly string Base = Path.Combine(Deploy, "kubernetes", "base");
    private static readonly string Overlays = Path.Combine(Deploy, "kubernetes", "overlays");
    private static readonly ComposeFile Compose = ComposeFile.Load(Path.Combine(Deploy, "compose.yaml"));
    private static readonly Dockerfile Image = Dockerfile.Load(Path.Combine(Deploy, "Dockerfile"));

    /// <summary>
    /// What the .NET runtime reads from the environment itself, not through the host's configuration: the only
    /// variables a container may get that are no setting of the host. The polling watcher is what sees the kubelet
    /// replace a mounted ConfigMap, by a symbolic link that file-change events may not report.
    /// </summary>
    private static readonly string[] RuntimeVariables = [PollingFileWatcher];

    private static readonly string[] OverlayNames = [.. new DirectoryInfo(Overlays).GetDirectories().Select(overlay => overlay.Name)];

    private readonly LocalSettingsFiles _settingsFiles = new();

    public static TheoryData<string> EveryOverlay { get; } = [.. OverlayNames];

    public void Dispose() => _settingsFiles.Dispose();

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public void Every_setting_is_one_the_host_reads_and_every_module_it_names_is_one_of_the_hosts(string overlay)
    {
        var manifests = Load(overlay);
        var modules = AllModules();
        foreach (var (workload, container) in manifests.Containers)
        {
            foreach (var setting in manifests.SettingsOf(container))
            {
                IsReadByTheHostOrTheRuntime(setting.Name).ShouldBeTrue($"{overlay}: {workload.Name}/{container.Name} gets {setting.Name}, which the host does not read");
                ModulesNamedBy(setting).ShouldAllBe(module => modules.Contains(module, StringComparer.OrdinalIgnoreCase), $"{overlay}: {workload.Name}/{container.Name} gets {setting.Name}={setting.Value}");
            }
        }

        foreach (var (name, data) in manifests.ConfigMaps.Concat(manifests.Secrets))
        {
            data.Keys.ShouldAllBe(key => IsReadByTheHostOrTheRuntime(key), $"{overlay}: {name} holds a setting the host does not read");
        }
    }

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public async Task Every_container_gets_settings_the_host_accepts_on_postgresql(string overlay)
    {
        var manifests = Load(overlay);
        foreach (var (workload, container) in manifests.Containers)
        {
            var name = $"{overlay}: {workload.Name}/{container.Name}";
            await using var app = CreateHost(manifests, workload, container);
            var catalog = app.Services.GetRequiredService<ModuleCatalog>();
            var roles = app.Services.GetRequiredService<ModuleRoles>();

            app.Services.GetRequiredService<IModuleDatabase>().Provider.ShouldBe(DatabaseProvider.PostgreSql, name);
            if (catalog.Elsewhere.Any())
            {
                app.Services.GetRequiredService<MessagingSettings>().Transport.ShouldBe(MessageTransport.RabbitMq, $"{name}: modules in other processes talk over the broker");
            }

            foreach (var module in catalog.Enabled)
            {
                roles.PasswordOf(module).ShouldNotBeNullOrWhiteSpace($"{name} runs {module.Name}");
            }

            if (container.Args.Count > 0)
            {
                HostCommands.IsCommand([.. container.Args]).ShouldBeTrue($"{name}: '{container.Args[0]}' is not a command of the host");
            }

            if (container.Args is [ProvisionCommand.Name, ..])
            {
                app.Configuration[HostSettingNames.AdminConnection].ShouldNotBeNullOrWhiteSpace($"{name} provisions, which takes an administrator's connection");
            }
        }
    }

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public void Every_container_runs_an_image_the_compose_file_builds_from_the_dockerfile(string overlay)
    {
        var images = Compose.ShopContainers.Select(container => container.Value.Image).ToHashSet();
        Load(overlay).Containers.ShouldAllBe(pair => images.Contains(pair.Container.Image), overlay);
    }

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public async Task Every_module_runs_in_exactly_one_deployment(string overlay)
    {
        var manifests = Load(overlay);
        var served = new Dictionary<string, List<string>>();
        foreach (var deployment in manifests.Deployments)
        {
            foreach (var container in deployment.Pod.Containers)
            {
                await using var app = CreateHost(manifests, deployment, container);
                foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Enabled)
                {
                    served.TryAdd(module.Name, []);
                    served[module.Name].Add(deployment.Name);
                }
            }
        }

        served.Keys.ShouldBe(AllModules(), ignoreOrder: true, overlay);
        served.ShouldAllBe(module => module.Value.Count == 1, $"{overlay}: {string.Join("; ", served.Select(module => $"{module.Key} in {string.Join(", ", module.Value)}"))}");
    }

    [Fact]
    public async Task The_shops_gateway_finds_payments_through_the_service_of_the_payments_deployment_on_the_port_the_image_listens_on()
    {
        var manifests = Load("payments-split");
        var shopDeployment = manifests.Deployments.Single(deployment => deployment.Name == "shop");
        var shop = shopDeployment.Pod.Containers.ShouldHaveSingleItem();
        await using var app = CreateHost(manifests, shopDeployment, shop);
        var payments = app.Services.GetRequiredService<ModuleCatalog>().Elsewhere.ShouldHaveSingleItem();

        var instance = (await DeployedHost.InstancesOfAsync(app, payments)).ShouldHaveSingleItem("the Service balances over the pods: the gateway has one address for it");

        var service = manifests.Services.SingleOrDefault(candidate => candidate.Name == instance.Host) ?? throw new ShouldAssertException($"{instance} names no Service of the overlay");
        var port = service.Spec.Ports.SingleOrDefault(candidate => candidate.Port == instance.Port) ?? throw new ShouldAssertException($"{instance}: the Service {service.Name} has no port {instance.Port}");
        var selected = manifests.Deployments.Where(service.Selects).ShouldHaveSingleItem($"{service.Name} sends to the pods of one Deployment");
        var container = selected.Pod.Containers.ShouldHaveSingleItem();
        await using var target = CreateHost(manifests, selected, container);
        target.Services.GetRequiredService<ModuleCatalog>().Enabled.Select(module => module.Name).ShouldBe([payments.Name], $"{service.Name} sends to {selected.Name}");
        container.PortNumber(port.PodPort).ShouldBe(Image.ListenPort);
    }

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public void Every_service_sends_to_the_pods_of_one_deployment_on_the_port_the_image_listens_on(string overlay)
    {
        var manifests = Load(overlay);
        manifests.Services.ShouldNotBeEmpty();
        foreach (var service in manifests.Services)
        {
            var deployment = manifests.Deployments.Where(service.Selects).ShouldHaveSingleItem($"{overlay}: {service.Name}");
            manifests.Jobs.ShouldNotContain(job => service.Selects(job), $"{overlay}: {service.Name} would send to the database Job");
            foreach (var port in service.Spec.Ports)
            {
                deployment.Pod.Containers.ShouldAllBe(
                    container => container.PortNumber(port.PodPort) == Image.ListenPort,
                    $"{overlay}: {service.Name} port {port.Port} goes to {deployment.Name}");
            }
        }

        manifests.Deployments.SelectMany(deployment => deployment.Pod.Containers).SelectMany(container => container.Ports)
            .ShouldAllBe(port => port.ContainerPort == Image.ListenPort, overlay);
    }

    [Fact]
    public async Task The_probes_ask_the_host_for_readiness_and_liveness_where_it_answers_them()
    {
        var serving = OverlayNames.SelectMany(overlay => Load(overlay).Deployments).SelectMany(deployment => deployment.Pod.Containers).ToList();
        var readiness = ProbedPaths(serving, container => container.ReadinessProbe).ShouldHaveSingleItem("every container is asked whether it is ready at one path");
        var liveness = ProbedPaths(serving, container => container.LivenessProbe).ShouldHaveSingleItem("every container is asked whether it is alive at one path");
        ProbedPaths(serving, container => container.StartupProbe).ShouldBe([liveness], "a start is over once the process answers");

        await using var shop = await TestShop.StartAsync();
        using var client = shop.Anonymous();
        var ready = ChecksIn(await (await client.GetAsync(readiness)).Content.ReadAsStringAsync());
        ready.ShouldBe(ReadinessChecksOf(shop.Services), ignoreOrder: true, $"{readiness} reports what decides readiness");
        var shutdown = ReadinessChecksOf(shop.Services, check => check is ShuttingDownHealthCheck).ShouldHaveSingleItem();
        ready.ShouldContain(shutdown, $"{readiness} fails when the shop begins to stop, so that nobody sends it more");

        var alive = await client.GetAsync(liveness);
        alive.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {liveness}");
        ChecksIn(await alive.Content.ReadAsStringAsync()).ShouldBeEmpty($"{liveness} depends on nothing but the process, so that a database outage restarts no pod");
    }

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public void A_rolling_update_starts_a_pod_before_it_stops_one(string overlay)
    {
        foreach (var deployment in Load(overlay).Deployments)
        {
            var name = $"{overlay}: {deployment.Name}";
            var strategy = deployment.Spec.Strategy ?? new DeploymentStrategy();
            strategy.Type.ShouldBe(DeploymentStrategy.RollingUpdateType, $"{name}: any other stops every pod first");
            var rolling = strategy.RollingUpdate ?? new RollingUpdate();
            PodsOrShare(rolling.MaxUnavailable).ShouldBe(0, $"{name} never has fewer pods ready than its replicas");
            PodsOrShare(rolling.MaxSurge).ShouldBeGreaterThan(0, $"{name} cannot roll without a pod above its replicas");
        }
    }

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public async Task Every_pod_is_given_the_longest_stop_of_its_host_with_the_settings_it_gets(string overlay)
    {
        var manifests = Load(overlay);
        foreach (var deployment in manifests.Deployments)
        {
            foreach (var container in deployment.Pod.Containers)
            {
                var name = $"{overlay}: {deployment.Name}/{container.Name}";
                await using var app = CreateHost(manifests, deployment, container);
                var longest = app.Services.GetRequiredService<ShutdownSettings>().Longest;

                TimeSpan.FromSeconds(deployment.Pod.TerminationGracePeriodSeconds).ShouldBeGreaterThanOrEqualTo(longest, $"{name}: the kubelet would kill the host before its stop is over");
                container.Lifecycle.ShouldBeNull($"{name}: the host keeps serving for Shutdown:DrainDelay after SIGTERM itself; a preStop hook would take from the grace period");
            }
        }
    }

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public void Every_setting_comes_from_a_config_map_or_the_secret_and_every_secret_from_the_secret(string overlay)
    {
        var manifests = Load(overlay);
        foreach (var (workload, container) in manifests.Containers)
        {
            foreach (var setting in manifests.SettingsOf(container))
            {
                var name = $"{overlay}: {workload.Name}/{container.Name} gets {setting.Name}";
                setting.Origin.ShouldNotBe(SettingOrigin.Literal, $"{name} from its own env: every setting comes from a ConfigMap or the Secret");
                if (IsSecret(setting.Key))
                {
                    setting.Origin.ShouldBe(SettingOrigin.Secret, name);
                }
            }
        }

        foreach (var (name, data) in manifests.ConfigMaps)
        {
            data.Keys.ShouldNotContain(key => IsSecret(key.Replace("__", ":", StringComparison.Ordinal)), $"{overlay}: the ConfigMap {name} holds a secret");
        }

        foreach (var (name, data) in manifests.Secrets)
        {
            data.ShouldAllBe(secret => secret.Value.Contains(KubernetesManifests.SecretPlaceholder, StringComparison.Ordinal), $"{overlay}: the example of {name} holds a value of its own");
        }
    }

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public async Task Every_deployment_gets_the_passwords_of_the_modules_it_runs_and_nothing_of_the_administrators(string overlay)
    {
        var manifests = Load(overlay);
        foreach (var deployment in manifests.Deployments)
        {
            foreach (var container in deployment.Pod.Containers)
            {
                var name = $"{overlay}: {deployment.Name}/{container.Name}";
                var settings = manifests.SettingsOf(container);
                await using var app = CreateHost(manifests, deployment, container);

                settings.Where(setting => IsRolePassword(setting.Key)).Select(setting => setting.Key.Split(':')[2])
                    .ShouldBe(app.Services.GetRequiredService<ModuleCatalog>().Enabled.Select(module => module.Name), ignoreOrder: true, $"{name}: role passwords");
                settings.ShouldNotContain(setting => setting.Key == HostSettingNames.AdminConnection, name);
                container.EnvFrom.ShouldAllBe(source => source.SecretRef == null, $"{name} takes the whole Secret, every module's password with it");
            }
        }
    }

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public async Task The_database_job_provisions_and_migrates_what_each_deployment_runs_before_it_serves(string overlay)
    {
        var manifests = Load(overlay);
        var job = manifests.Jobs.ShouldHaveSingleItem(overlay);
        job.Pod.InitContainers.ShouldNotBeEmpty();
        job.Pod.InitContainers.ShouldAllBe(container => container.Args.SequenceEqual(new[] { ProvisionCommand.Name, "provision" }), $"{overlay}: provisioning comes before the migrations");
        job.Pod.Containers.ShouldAllBe(container => container.Args.SequenceEqual(new[] { MigrateCommand.Name }), overlay);
        ModulesOf(job.Pod.InitContainers[0].Image).ShouldBeEmpty($"{overlay}: the shop's provisioning comes first, as in the compose file");

        var provisioned = await ModulesRunByAsync(manifests, job, job.Pod.InitContainers);
        var migrated = await ModulesRunByAsync(manifests, job, job.Pod.Containers);
        foreach (var deployment in manifests.Deployments)
        {
            foreach (var container in deployment.Pod.Containers)
            {
                var name = $"{overlay}: {deployment.Name}/{container.Name}";
                await using var app = CreateHost(manifests, deployment, container);
                var modules = string.Join(",", app.Services.GetRequiredService<ModuleCatalog>().Enabled);

                provisioned.ShouldContain(modules, $"{name} runs {modules}");
                migrated.ShouldContain(modules, $"{name} runs {modules}");
                app.Configuration.GetValue("Database:MigrateOnStartup", defaultValue: true).ShouldBeFalse($"{name}: the Job migrates; replicas starting together would race");
            }
        }
    }

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public async Task Every_container_runs_as_a_user_on_a_read_only_disk_on_which_its_host_writes_nothing(string overlay)
    {
        var user = Image.All("USER").LastOrDefault() ?? throw new ShouldAssertException("The image runs as root");
        user.ShouldNotBeOneOf("root", "0");
        var manifests = Load(overlay);
        foreach (var (workload, container) in manifests.Containers)
        {
            var name = $"{overlay}: {workload.Name}/{container.Name}";
            (workload.Pod.SecurityContext?.RunAsNonRoot).ShouldBe(true, name);
            (container.SecurityContext?.AllowPrivilegeEscalation).ShouldBe(false, name);
            (container.SecurityContext?.ReadOnlyRootFilesystem).ShouldBe(true, name);
            var temporary = container.VolumeMounts.SingleOrDefault(mount => mount.MountPath == TemporaryFiles) ?? throw new ShouldAssertException($"{name} has nowhere to write {TemporaryFiles}");
            workload.Pod.Volumes.Single(volume => volume.Name == temporary.Name).EmptyDir.ShouldNotBeNull(name);

            await using var app = CreateHost(manifests, workload, container);
            app.Services.GetRequiredService<IModuleDatabase>().Provider.ShouldBe(DatabaseProvider.PostgreSql, $"{name}: SQLite would write its file");
        }
    }

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public void Every_live_setting_is_one_the_host_reads_and_follows_while_it_runs(string overlay)
    {
        foreach (var (deployment, container, file) in SettingsFilesOf(Load(overlay)))
        {
            var name = $"{overlay}: {deployment.Name}/{container.Name} reads {file.ConfigMap}";
            var settings = SettingsIn(file.Content);
            settings.ShouldNotBeEmpty(name);
            foreach (var key in settings.Keys)
            {
                HostSettingNames.Knows(key).ShouldBeTrue($"{name}: the host does not read {key}");
                LiveSettingNames.Knows(key).ShouldBeTrue($"{name}: the host reads {key} at start only; it belongs in a ConfigMap of its environment, whose change rolls the pods");
            }
        }
    }

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public void An_overlays_live_settings_hold_every_one_of_the_bases(string overlay)
    {
        var ofTheBase = SettingsFilesOf(KubernetesManifests.Load(Base)).SelectMany(file => SettingsIn(file.File.Content).Keys).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (deployment, container, file) in SettingsFilesOf(Load(overlay)))
        {
            ofTheBase.ShouldBeSubsetOf(SettingsIn(file.Content).Keys, $"{overlay}: {deployment.Name}/{container.Name}: an overlay's file replaces the base's whole");
        }
    }

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public void The_live_settings_keep_their_name_so_that_a_change_reaches_the_running_pods_while_any_other_change_rolls_them(string overlay)
    {
        var manifests = Load(overlay);
        var live = SettingsFilesOf(manifests).Select(file => file.File.ConfigMap).Distinct().ShouldHaveSingleItem($"{overlay}: every Deployment reads the same live settings");
        manifests.KeepsItsName(live).ShouldBeTrue($"{overlay}: with a hash suffix, a change of {live} would be a new ConfigMap and roll the pods");
        manifests.ConfigMaps.Keys.Where(name => name != live).ShouldAllBe(name => !manifests.KeepsItsName(name), $"{overlay}: a change of what the host reads at start must roll the pods that read it");
    }

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public void Every_deployment_mounts_its_live_settings_read_only_where_its_settings_file_is_and_polls_them(string overlay)
    {
        var manifests = Load(overlay);
        foreach (var (deployment, container, file) in SettingsFilesOf(manifests))
        {
            var name = $"{overlay}: {deployment.Name}/{container.Name}";
            file.Mount.ReadOnly.ShouldBeTrue(name);
            manifests.SettingsOf(container).SingleOrDefault(setting => setting.Name == PollingFileWatcher)?.Value
                .ShouldBe("true", $"{name}: the kubelet replaces the file by a symbolic link, which file-change events may not report");
        }

        foreach (var container in manifests.Jobs.SelectMany(job => job.Pod.InitContainers.Concat(job.Pod.Containers)))
        {
            LocalSettingsFiles.PathIn(manifests, container).ShouldBeNull($"{overlay}: {container.Name} runs once, and mounts no live settings");
        }
    }

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public async Task The_host_of_every_deployment_accepts_its_live_settings_and_holds_them_in_force(string overlay)
    {
        var manifests = Load(overlay);
        foreach (var (deployment, container, file) in SettingsFilesOf(manifests))
        {
            var name = $"{overlay}: {deployment.Name}/{container.Name}";
            await using var app = CreateHost(manifests, deployment, container);

            Should.NotThrow(() => app.Services.GetRequiredService<IStartupValidator>().Validate(), $"{name}: its settings classes validate as its start validates them");
            foreach (var (key, value) in SettingsIn(file.Content))
            {
                app.Configuration[key].ShouldBe(value, $"{name}: {key} from the settings file, which wins over every other source");
            }
        }
    }

    [Fact]
    public async Task The_shops_gateway_takes_the_address_of_payments_from_the_live_settings_so_that_blue_green_is_an_edit_of_them()
    {
        var manifests = Load("payments-split");
        var (shop, container, file) = SettingsFilesOf(manifests).Single(pair => pair.Deployment.Name == "shop");
        manifests.SettingsOf(container).ShouldNotContain(
            setting => setting.Key.StartsWith($"{RemoteModuleRoutes.ServicesSection}:", StringComparison.OrdinalIgnoreCase),
            "an instance in the environment would take a rollout to change");
        await using var app = CreateHost(manifests, shop, container);
        var payments = app.Services.GetRequiredService<ModuleCatalog>().Elsewhere.ShouldHaveSingleItem();
        var key = $"{RemoteModuleRoutes.ServicesSection}:{payments.Key}:http:0";
        var address = new Uri(SettingsIn(file.Content).GetValueOrDefault(key) ?? throw new ShouldAssertException($"{file.ConfigMap} has no {key}"));

        (await DeployedHost.InstancesOfAsync(app, payments)).ShouldBe([address], "the gateway sends Payments' calls where the live settings say");
        var service = manifests.Services.SingleOrDefault(candidate => candidate.Name == address.Host) ?? throw new ShouldAssertException($"{address} names no Service of the overlay");
        var selected = manifests.Deployments.Where(service.Selects).ShouldHaveSingleItem($"{service.Name} sends to the pods of one Deployment");
        ModulesOf(selected.Pod.Containers.ShouldHaveSingleItem().Image).ShouldBe(payments.Name, $"{service.Name} sends to {selected.Name}");
    }

    private static KubernetesManifests Load(string overlay) => KubernetesManifests.Load(Path.Combine(Overlays, overlay));

    private WebApplication CreateHost(KubernetesManifests manifests, Workload workload, Container container) =>
        DeployedHost.Create(_settingsFiles.HostArguments(manifests, workload, container), ModulesOf(container.Image));

    /// <summary>Each Deployment's container with the settings file it reads, as the ConfigMap mounted for it holds it.</summary>
    private static List<(Workload Deployment, Container Container, MountedFile File)> SettingsFilesOf(KubernetesManifests manifests) =>
        manifests.Deployments
            .SelectMany(deployment => deployment.Pod.Containers.Select(container => (Deployment: deployment, Container: container)))
            .Select(pair => (pair.Deployment, pair.Container, manifests.FileAt(
                pair.Deployment,
                pair.Container,
                LocalSettingsFiles.PathIn(manifests, pair.Container) ?? throw new ShouldAssertException($"{pair.Deployment.Name}/{pair.Container.Name} has no {SettingsFile.Key}"))))
            .ToList();

    /// <summary>A settings file as the host reads it: each value under its key, <c>:</c> between the levels.</summary>
    private static Dictionary<string, string> SettingsIn(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build().AsEnumerable()
            .Where(setting => setting.Value is not null)
            .ToDictionary(setting => setting.Key, setting => setting.Value!, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the host reads the environment variable as a setting, or the runtime reads it itself.</summary>
    private static bool IsReadByTheHostOrTheRuntime(string variable) =>
        RuntimeVariables.Contains(variable, StringComparer.Ordinal) || HostSettingNames.Knows(variable.Replace("__", ":", StringComparison.Ordinal));

    /// <summary>The modules an image carries, as the compose file builds it; empty for the shop's image, which carries every module.</summary>
    private static string ModulesOf(string? image) =>
        Compose.ShopContainers.Where(container => container.Value.Image == image).Select(container => container.Value.Modules).Distinct().SingleOrDefault()
        ?? throw new ShouldAssertException($"{image} is no image the compose file builds from {ComposeFile.ShopDockerfile}");

    private static List<string> AllModules() =>
        ModuleCatalog.Discover(new ConfigurationBuilder().Build()).All.Select(module => module.Name).ToList();

    /// <summary>The modules a setting names: in its key (<c>Database:Roles:&lt;Module&gt;</c>, <c>Modules:&lt;Module&gt;</c>, <c>Services:&lt;module&gt;</c>) or, for <c>Modules:Run</c>, in its value.</summary>
    private static string[] ModulesNamedBy(ContainerSetting setting) => setting.Key.Split(':') switch
    {
        _ when setting.Key.Equals(ModuleCatalog.RunSetting, StringComparison.OrdinalIgnoreCase) => setting.Value.Split(',', StringSplitOptions.TrimEntries),
        [DatabaseOptions.Section, nameof(DatabaseOptions.Roles), var module, ..] => [module],
        ["Modules", var module, ..] => [module],
        [RemoteModuleRoutes.ServicesSection, var module, ..] => [module],
        _ => [],
    };

    private static bool IsRolePassword(string key) =>
        HostSettingNames.Matches($"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Roles)}:{HostSettingNames.AnyKey}:{nameof(ModuleRoleOptions.Password)}", key.Split(':'));

    /// <summary>What must never sit in a ConfigMap: the signing key, the roles' passwords, and every connection string, each of which holds one.</summary>
    private static bool IsSecret(string key) =>
        key == $"{TokenSettings.Section}:{nameof(TokenSettings.SigningKey)}"
        || key == HostSettingNames.AdminConnection
        || key.StartsWith("ConnectionStrings:", StringComparison.Ordinal)
        || IsRolePassword(key);

    /// <summary>A number of pods, or a percentage of the replicas: zero either way when it is zero.</summary>
    private static int PodsOrShare(string value) => int.Parse(value.TrimEnd('%'), CultureInfo.InvariantCulture);

    private static List<string> ProbedPaths(IEnumerable<Container> containers, Func<Container, Probe?> probe)
    {
        var probes = containers
            .Select(container => (Container: container, Get: probe(container)?.HttpGet ?? throw new ShouldAssertException($"{container.Name} has a probe missing, or one that is not an HTTP GET")))
            .ToList();
        probes.ShouldAllBe(pair => pair.Container.PortNumber(pair.Get.Port) == Image.ListenPort, "probes ask the port the image listens on");
        return probes.Select(pair => pair.Get.Path ?? "/").Distinct().ToList();
    }

    private static List<string> ChecksIn(string report)
    {
        using var document = JsonDocument.Parse(report);
        return document.RootElement.GetProperty("checks").EnumerateObject().Select(check => check.Name).ToList();
    }

    private static List<string> ReadinessChecksOf(IServiceProvider services, Func<IHealthCheck, bool>? which = null) =>
        services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations
            .Where(registration => registration.Tags.Contains(ShopHealth.ReadyTag))
            .Where(registration => which is null || which(registration.Factory(services)))
            .Select(registration => registration.Name)
            .ToList();

    /// <summary>What each container's host runs, as its modules in order, comma-separated.</summary>
    private async Task<List<string>> ModulesRunByAsync(KubernetesManifests manifests, Workload job, IEnumerable<Container> containers)
    {
        var modules = new List<string>();
        foreach (var container in containers)
        {
            await using var app = CreateHost(manifests, job, container);
            modules.Add(string.Join(",", app.Services.GetRequiredService<ModuleCatalog>().Enabled));
        }

        return modules;
    }
}
