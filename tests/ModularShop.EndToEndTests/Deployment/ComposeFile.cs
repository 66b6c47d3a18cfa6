using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ModularShop.EndToEndTests.Deployment;

/// <summary>
/// deploy/compose.yaml as Docker Compose reads it: anchors and merge keys resolved, <c>${VARIABLE}</c> interpolated
/// (here with stand-in secrets), extension fields (<c>x-...</c>) ignored.
/// </summary>
internal sealed partial class ComposeFile
{
    public const string ShopDockerfile = "deploy/Dockerfile";

    public required IReadOnlyDictionary<string, ComposeService> Services { get; init; }

    /// <summary>The containers that run the shop's host, as opposed to PostgreSQL and RabbitMQ.</summary>
    public IEnumerable<KeyValuePair<string, ComposeService>> ShopContainers =>
        Services.Where(service => service.Value.Build?.Dockerfile == ShopDockerfile);

    public static ComposeFile Load(string path)
    {
        var text = Interpolation().Replace(File.ReadAllText(path), match => StandInFor(match.Groups["name"].Value));
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        // Read whole first: an anchor under an extension field that a typed read skips would leave its aliases unresolved.
        var document = deserializer.Deserialize<Dictionary<string, object>>(new MergingParser(new Parser(new StringReader(text))));
        var services = new SerializerBuilder().Build().Serialize(document["services"]);
        return new ComposeFile { Services = deserializer.Deserialize<Dictionary<string, ComposeService>>(services) };
    }

    /// <summary>A value no setting would take by accident, long enough for every secret the host checks.</summary>
    public static string StandInFor(string variable) => $"{variable.ToLowerInvariant()}-stand-in-0123456789abcdef";

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?::?[-?][^}]*)?\}")]
    private static partial Regex Interpolation();
}

internal sealed class ComposeService
{
    public string? Image { get; set; }

    public ComposeBuild? Build { get; set; }

    public List<string> Command { get; set; } = [];

    public Dictionary<string, string> Environment { get; set; } = [];

    public Dictionary<string, ComposeDependency> DependsOn { get; set; } = [];

    public List<string> Ports { get; set; } = [];

    public Dictionary<string, object>? Healthcheck { get; set; }

    /// <summary>The networks the container joins, by name, with its fixed address on each if it has one.</summary>
    public Dictionary<string, ComposeNetwork?> Networks { get; set; } = [];

    /// <summary>Mounts as compose writes them: <c>source:target[:mode]</c>, a relative source from the compose file's folder.</summary>
    public List<string> Volumes { get; set; } = [];

    /// <summary>Where a file next to the compose file is mounted in this container, or null when it is not.</summary>
    public string? MountOf(string fileNextToCompose) =>
        Volumes.Select(volume => volume.Split(':')).FirstOrDefault(parts => parts[0] == $"./{fileNextToCompose}")?[1];

    /// <summary>The value of a <c>--name=value</c> argument of the command, or null.</summary>
    public string? CommandOption(string name) =>
        Command.FirstOrDefault(argument => argument.StartsWith($"{name}=", StringComparison.Ordinal))?[(name.Length + 1)..];

    /// <summary>The modules the image was built to carry; empty for the shop's image, which carries every module.</summary>
    public string Modules => Build?.Args.GetValueOrDefault("MODULES") ?? string.Empty;

    /// <summary>The host's command line in this container: the command, then every environment variable as a setting.</summary>
    public string[] HostArguments() =>
        [.. Command, .. Environment.Select(variable => $"--{variable.Key.Replace("__", ":", StringComparison.Ordinal)}={variable.Value}")];
}

internal sealed class ComposeBuild
{
    public string? Context { get; set; }

    public string? Dockerfile { get; set; }

    public Dictionary<string, string> Args { get; set; } = [];
}

internal sealed class ComposeDependency
{
    public string? Condition { get; set; }
}

internal sealed class ComposeNetwork
{
    public string? Ipv4Address { get; set; }
}
