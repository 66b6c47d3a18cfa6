using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ModularShop.EndToEndTests.Deployment;

/// <summary>
/// What <c>kubectl apply -k</c> applies from a kustomization under deploy/kubernetes, read without kustomize. It does
/// what those files use, in kustomize's order, and refuses any other field of a kustomization: resources (files, and
/// directories that hold a base), configMapGenerator (literals, env files, files, and the option to keep its name)
/// and secretGenerator (literals and env files; a generator of an overlay creates, or merges into one of its base),
/// then patches (<see cref="StrategicMerge"/>), each applied to the object of its kind and name. A Secret's env file
/// is never committed: its <c>.example</c> is read instead. Generated names are given here without their hash suffix;
/// kustomize adds the same one to an object and to every reference to it, unless the object keeps its name
/// (<see cref="KeepsItsName"/>).
/// </summary>
internal sealed class KubernetesManifests
{
    /// <summary>Stands in the committed example of a Secret wherever a secret goes.</summary>
    public const string SecretPlaceholder = "CHANGE-ME";

    public const string ExampleSuffix = ".example";

    private static readonly IDeserializer Objects = new DeserializerBuilder().Build();

    private static readonly IDeserializer Views = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    private static readonly IDeserializer Kustomizations = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private static readonly ISerializer Yaml = new SerializerBuilder().Build();

    private readonly List<Dictionary<object, object>> _resources = [];
    private readonly Dictionary<string, Dictionary<string, string>> _configMaps = [];
    private readonly Dictionary<string, Dictionary<string, string>> _configMapFiles = [];
    private readonly HashSet<string> _configMapsKeepingTheirNames = [];
    private readonly Dictionary<string, Dictionary<string, string>> _secrets = [];

    /// <summary>Each ConfigMap's <c>KEY=VALUE</c> data, by name; empty for one of files only.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, string>> ConfigMaps => _configMaps;

    /// <summary>Each Secret's data as committed, <see cref="SecretPlaceholder"/> where a secret goes, by name.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, string>> Secrets => _secrets;

    public IReadOnlyList<Workload> Deployments => ViewsOf<Workload>("Deployment");

    public IReadOnlyList<Workload> Jobs => ViewsOf<Workload>("Job");

    public IReadOnlyList<KubernetesService> Services => ViewsOf<KubernetesService>("Service");

    /// <summary>Every container of every workload, init containers first, as each pod runs them.</summary>
    public IEnumerable<(Workload Workload, Container Container)> Containers =>
        Deployments.Concat(Jobs).SelectMany(workload => workload.Pod.InitContainers.Concat(workload.Pod.Containers).Select(container => (workload, container)));

    public static KubernetesManifests Load(string kustomizationDirectory)
    {
        var manifests = new KubernetesManifests();
        manifests.Build(kustomizationDirectory);
        return manifests;
    }

    /// <summary>Whether kustomize names the ConfigMap as it is named here, with no hash of its content after it.</summary>
    public bool KeepsItsName(string configMap) => _configMapsKeepingTheirNames.Contains(configMap);

    /// <summary>
    /// The file at <paramref name="path"/> in the container: one of a ConfigMap's files, mounted as a directory of
    /// them at the path's directory. Refuses a mount of one file (<c>subPath</c>) and a volume of some files only
    /// (<c>items</c>), which these files do not use.
    /// </summary>
    public MountedFile FileAt(Workload workload, Container container, string path)
    {
        var slash = path.LastIndexOf('/');
        var (directory, key) = slash > 0 ? (path[..slash], path[(slash + 1)..]) : throw new InvalidDataException($"{path} is no file's path in a container");
        var mount = container.VolumeMounts.SingleOrDefault(candidate => candidate.MountPath.TrimEnd('/') == directory)
            ?? throw new InvalidDataException($"{container.Name} mounts nothing at {directory}");
        var volume = workload.Pod.Volumes.SingleOrDefault(candidate => candidate.Name == mount.Name)
            ?? throw new InvalidDataException($"{workload.Name} has no volume {mount.Name}");
        if (mount.SubPath is not null || volume.ConfigMap is not { Items.Count: 0 } source)
        {
            throw new InvalidDataException($"{workload.Name}/{container.Name} mounts {mount.Name} otherwise than as all the files of a ConfigMap");
        }

        var content = _configMapFiles.GetValueOrDefault(source.Name)?.GetValueOrDefault(key)
            ?? throw new InvalidDataException($"{container.Name} reads {path}, which the ConfigMap {source.Name} does not hold");
        return new MountedFile(source.Name, mount, content);
    }

    /// <summary>
    /// The container's environment as Kubernetes gives it: each envFrom in turn, a later one over an earlier one, then
    /// env over them all.
    /// </summary>
    public IReadOnlyList<ContainerSetting> SettingsOf(Container container)
    {
        var settings = new Dictionary<string, ContainerSetting>(StringComparer.Ordinal);
        foreach (var source in container.EnvFrom)
        {
            var (origin, name, data) = source switch
            {
                { ConfigMapRef: { } map } when _configMapFiles.GetValueOrDefault(map.Name) is { Count: > 0 } => throw new InvalidDataException($"{container.Name} takes its environment from {map.Name}, a ConfigMap of files"),
                { ConfigMapRef: { } map } => (SettingOrigin.ConfigMap, map.Name, Find(_configMaps, map.Name, container)),
                { SecretRef: { } secret } => (SettingOrigin.Secret, secret.Name, Find(_secrets, secret.Name, container)),
                _ => throw new InvalidDataException($"{container.Name} takes its environment from something else than a ConfigMap or a Secret"),
            };
            foreach (var (key, value) in data)
            {
                settings[key] = new ContainerSetting(key, value, origin, name);
            }
        }

        foreach (var variable in container.Env)
        {
            settings[variable.Name] = variable switch
            {
                { ValueFrom.SecretKeyRef: { } secret } => new(variable.Name, ValueOf(_secrets, secret, container), SettingOrigin.Secret, secret.Name),
                { ValueFrom.ConfigMapKeyRef: { } map } => new(variable.Name, ValueOf(_configMaps, map, container), SettingOrigin.ConfigMap, map.Name),
                _ => new(variable.Name, variable.Value ?? string.Empty, SettingOrigin.Literal, container.Name),
            };
        }

        return [.. settings.Values];
    }

    /// <summary>
    /// The host's command line in this container: its arguments, then every setting, with a stand-in for each secret
    /// as <see cref="ComposeFile"/> interpolates one.
    /// </summary>
    public string[] HostArguments(Container container) =>
    [
        .. container.Args,
        .. SettingsOf(container).Select(setting => $"--{setting.Key}={ValueForHost(setting)}"),
    ];

    private static string ValueForHost(ContainerSetting setting) =>
        setting.Origin == SettingOrigin.Secret
            ? setting.Value.Replace(SecretPlaceholder, ComposeFile.StandInFor(setting.Name), StringComparison.Ordinal)
            : setting.Value;

    private void Build(string directory)
    {
        var kustomization = Kustomizations.Deserialize<Kustomization>(File.ReadAllText(Path.Combine(directory, "kustomization.yaml")));
        foreach (var resource in kustomization.Resources.Select(resource => Path.GetFullPath(Path.Combine(directory, resource))))
        {
            if (Directory.Exists(resource))
            {
                Build(resource);
            }
            else
            {
                _resources.AddRange(DocumentsIn(resource));
            }
        }

        foreach (var generator in kustomization.ConfigMapGenerator)
        {
            Generate(_configMaps, generator, DataOf(generator, directory, envFile => envFile));
            Generate(_configMapFiles, generator, FilesOf(generator, directory));

            // As kustomize 5 builds it, a merged ConfigMap keeps its name when any of its generators says so.
            if (generator.Options?.DisableNameSuffixHash == true)
            {
                _configMapsKeepingTheirNames.Add(generator.Name);
            }
        }

        foreach (var generator in kustomization.SecretGenerator)
        {
            if (generator.Files.Count > 0 || generator.Options is not null)
            {
                throw new InvalidDataException($"{generator.Name}: a Secret here comes from literals and env files only, and gets a hash suffix");
            }

            Generate(_secrets, generator, DataOf(generator, directory, envFile => envFile + ExampleSuffix));
        }

        foreach (var patch in kustomization.Patches.SelectMany(patch => DocumentsIn(Path.Combine(directory, patch.Path))))
        {
            var target = _resources.SingleOrDefault(resource => Equals(resource["kind"], patch["kind"]) && Equals(NameOf(resource), NameOf(patch)))
                ?? throw new InvalidDataException($"{directory} patches {patch["kind"]} {NameOf(patch)}, which none of its resources is");
            StrategicMerge.Apply(target, patch);
        }
    }

    private static void Generate(Dictionary<string, Dictionary<string, string>> generated, KustomizeGenerator generator, Dictionary<string, string> data)
    {
        switch (generator.Behavior)
        {
            case "create" when generated.TryAdd(generator.Name, data):
                break;
            case "merge" when generated.TryGetValue(generator.Name, out var existing):
                foreach (var (key, value) in data)
                {
                    existing[key] = value;
                }

                break;
            default:
                throw new InvalidDataException($"{generator.Name}: cannot {generator.Behavior} it here");
        }
    }

    /// <summary>A generator's <c>KEY=VALUE</c> pairs: its literals, then each env file's lines but blank ones and comments.</summary>
    private static Dictionary<string, string> DataOf(KustomizeGenerator generator, string directory, Func<string, string> committedFile)
    {
        var lines = generator.Envs
            .SelectMany(envFile => File.ReadLines(Path.Combine(directory, committedFile(envFile))))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'));
        return generator.Literals.Concat(lines)
            .Select(pair => pair.Split('=', 2) is [var key, var value] ? (key, value) : throw new InvalidDataException($"{generator.Name}: '{pair}' is no KEY=VALUE"))
            .ToDictionary(pair => pair.key, pair => pair.value, StringComparer.Ordinal);
    }

    /// <summary>A generator's files, each under its key: <c>key=path</c>, or the file's own name.</summary>
    private static Dictionary<string, string> FilesOf(KustomizeGenerator generator, string directory) =>
        generator.Files
            .Select(file => file.Split('=', 2) is [var key, var path] ? (Key: key, Path: path) : (Key: Path.GetFileName(file), Path: file))
            .ToDictionary(file => file.Key, file => File.ReadAllText(Path.Combine(directory, file.Path)), StringComparer.Ordinal);

    private static List<Dictionary<object, object>> DocumentsIn(string path)
    {
        var parser = new Parser(new StringReader(File.ReadAllText(path)));
        parser.Consume<StreamStart>();
        var documents = new List<Dictionary<object, object>>();
        while (parser.Accept<DocumentStart>(out _))
        {
            documents.Add(Objects.Deserialize<Dictionary<object, object>>(parser));
        }

        return documents;
    }

    private List<T> ViewsOf<T>(string kind) =>
        _resources.Where(resource => Equals(resource["kind"], kind)).Select(resource => Views.Deserialize<T>(Yaml.Serialize(resource))).ToList();

    private static object? NameOf(Dictionary<object, object> resource) =>
        ((Dictionary<object, object>)resource["metadata"]).GetValueOrDefault("name");

    private static Dictionary<string, string> Find(Dictionary<string, Dictionary<string, string>> objects, string name, Container container) =>
        objects.GetValueOrDefault(name) ?? throw new InvalidDataException($"{container.Name} refers to {name}, which is not generated");

    private static string ValueOf(Dictionary<string, Dictionary<string, string>> objects, KeyReference reference, Container container) =>
        Find(objects, reference.Name, container).GetValueOrDefault(reference.Key)
        ?? throw new InvalidDataException($"{container.Name} refers to {reference.Key} of {reference.Name}, which it does not hold");
}

internal enum SettingOrigin
{
    ConfigMap,
    Secret,

    /// <summary>A value written in the container's own env.</summary>
    Literal,
}

/// <summary>One environment variable of a container, and where it comes from.</summary>
internal sealed record ContainerSetting(string Name, string Value, SettingOrigin Origin, string From)
{
    /// <summary>The configuration key the host reads it as.</summary>
    public string Key => Name.Replace("__", ":", StringComparison.Ordinal);
}

/// <summary>A file a container reads from a mounted ConfigMap.</summary>
internal sealed record MountedFile(string ConfigMap, VolumeMount Mount, string Content);

/// <summary>The fields of kustomization.yaml this reader applies; any other fails the read.</summary>
internal sealed class Kustomization
{
    public string? ApiVersion { get; set; }

    public string? Kind { get; set; }

    public List<string> Resources { get; set; } = [];

    public List<KustomizeGenerator> ConfigMapGenerator { get; set; } = [];

    public List<KustomizeGenerator> SecretGenerator { get; set; } = [];

    public List<KustomizePatch> Patches { get; set; } = [];
}

internal sealed class KustomizeGenerator
{
    public string Name { get; set; } = string.Empty;

    public string Behavior { get; set; } = "create";

    public List<string> Literals { get; set; } = [];

    public List<string> Envs { get; set; } = [];

    public List<string> Files { get; set; } = [];

    public GeneratorOptions? Options { get; set; }
}

/// <summary>The one generator option these files use; any other fails the read.</summary>
internal sealed class GeneratorOptions
{
    public bool DisableNameSuffixHash { get; set; }
}

internal sealed class KustomizePatch
{
    public string Path { get; set; } = string.Empty;
}
