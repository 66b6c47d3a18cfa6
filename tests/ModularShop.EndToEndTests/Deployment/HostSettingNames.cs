using System.ComponentModel;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Messaging.Housekeeping;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Host;
using ModularShop.Host.Configuration;
using ModularShop.Host.Gateway;
using ModularShop.Host.Telemetry;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Deployment;

/// <summary>
/// The names of the settings the host reads, as its code has them: the keys of its appsettings.json; every property,
/// at any depth, of each settings class it binds whole (one with a <c>Section</c> and a parameterless constructor, as
/// <c>SettingsReader</c> takes them); the keys <see cref="MessagingSettings"/> reads one by one, under the names of its
/// parameters; each module's <c>Enabled</c>; and the few names the host spells out. A <c>*</c> stands for any one
/// key: a module's name in a dictionary, an index in a list.
/// </summary>
internal static class HostSettingNames
{
    /// <summary>The administrator's connection, which <c>db provision</c> reads under this name when no <c>--admin-connection</c> is given.</summary>
    public const string AdminConnection = "Database:AdminConnectionString";

    /// <summary>In a pattern, any one key.</summary>
    public const string AnyKey = "*";

    private static readonly Lazy<List<string>> Patterns = new(Collect);

    /// <summary>Whether the host reads the setting, given as a configuration key: <c>Shutdown:DrainDelay</c>.</summary>
    public static bool Knows(string key) => Patterns.Value.Exists(pattern => Matches(pattern, key.Split(':')));

    /// <summary>Whether the key is of the form of the pattern, <c>*</c> for any one key.</summary>
    public static bool Matches(string pattern, IReadOnlyList<string> key)
    {
        var expected = pattern.Split(':');
        return expected.Length == key.Count
            && expected.Zip(key).All(pair => pair.First == AnyKey || string.Equals(pair.First, pair.Second, StringComparison.OrdinalIgnoreCase));
    }

    private static List<string> Collect()
    {
        var appSettings = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(ServiceArtifact.RepositoryRoot, "src", "ModularShop.Host", "appsettings.json"))
            .Build()
            .AsEnumerable()
            .Where(setting => setting.Value is not null)
            .Select(setting => setting.Key);
        var boundWhole = new[] { typeof(ShopApplication).Assembly, typeof(MessagingSettings).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.GetField("Section") is { IsLiteral: true } && type.GetConstructor(Type.EmptyTypes) is not null)
            .SelectMany(type => PropertiesOf(type, (string)type.GetField("Section")!.GetRawConstantValue()!));

        // The broker's address is not under Messaging: it is ConnectionStrings:RabbitMq.
        var messaging = typeof(MessagingSettings).GetConstructors().Single().GetParameters()
            .Select(parameter => parameter.Name!)
            .Where(name => name != nameof(MessagingSettings.Broker))
            .Select(name => $"{MessagingSettings.Section}:{name}")
            .Concat(PropertiesOf(typeof(MessageRetentionSettings), MessagingSettings.Section));
        var modules = ModuleCatalog.Discover(new ConfigurationBuilder().Build()).All.Select(module => $"{module.ConfigurationSection}:Enabled");
        string[] spelledOut =
        [
            ModuleCatalog.RunSetting,
            TelemetrySettings.OtlpEndpointSetting,
            $"ConnectionStrings:{DatabaseOptions.ConnectionStringName}",
            $"ConnectionStrings:{MessagingSettings.BrokerConnectionStringName}",
            $"{RemoteModuleRoutes.ServicesSection}:{AnyKey}:http:{AnyKey}",
            AdminConnection,
            SettingsFile.Key,
        ];
        return [.. appSettings, .. boundWhole, .. messaging, .. modules, .. spelledOut];
    }

    /// <summary>The keys under <paramref name="prefix"/> that bind to the type's properties, at any depth.</summary>
    public static IEnumerable<string> PropertiesOf(Type type, string prefix) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.SetMethod?.IsPublic == true)
            .SelectMany(property => KeysUnder(property.PropertyType, $"{prefix}:{property.Name}"));

    /// <summary>As the configuration binder sees a type: one value if a string converts to it; a key per entry of a dictionary or a list; else a key per property.</summary>
    private static IEnumerable<string> KeysUnder(Type type, string key) =>
        TypeDescriptor.GetConverter(type).CanConvertFrom(typeof(string)) ? [key]
        : EntryOf(type) is { } entry ? KeysUnder(entry, $"{key}:{AnyKey}")
        : PropertiesOf(type, key);

    private static Type? EntryOf(Type type) =>
        type.IsArray ? type.GetElementType()
        : GenericArgumentsOf(type, typeof(IDictionary<,>))?[1] ?? GenericArgumentsOf(type, typeof(IEnumerable<>))?[0];

    private static Type[]? GenericArgumentsOf(Type type, Type definition) =>
        type.GetInterfaces().Prepend(type)
            .FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == definition)?
            .GetGenericArguments();
}
