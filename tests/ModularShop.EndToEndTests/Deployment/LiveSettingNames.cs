using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.Host;
using ModularShop.Host.Gateway;
using ModularShop.Host.RateLimiting;

namespace ModularShop.EndToEndTests.Deployment;

/// <summary>
/// The settings a running shop follows without a restart, as its code has them: a remote module's instances, which
/// service discovery reads again when the configuration changes; the rate limits; and every key of each settings class that some code
/// of the shop takes as <see cref="IOptionsMonitor{TOptions}"/> and none as <see cref="IOptions{TOptions}"/>. A
/// class taken both ways (Catalog's) has parts fixed at start, and which parts, reflection cannot tell: it counts as
/// not live. A class's section is its <c>Section</c>, or that of the module whose assembly holds it.
/// </summary>
internal static class LiveSettingNames
{
    private static readonly Lazy<List<string>> Patterns = new(Collect);

    /// <summary>Whether a change of the setting, given as a configuration key, takes effect while the shop runs.</summary>
    public static bool Knows(string key) => Patterns.Value.Exists(pattern => HostSettingNames.Matches(pattern, key.Split(':')));

    private static List<string> Collect()
    {
        var modules = ModuleCatalog.Discover(new ConfigurationBuilder().Build()).All;
        var parameters = modules.Select(module => module.Assembly)
            .Append(typeof(ShopApplication).Assembly)
            .Append(typeof(ModuleCatalog).Assembly)
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .OfType<MethodBase>()
            .SelectMany(method => method.GetParameters())
            .Select(parameter => parameter.ParameterType)
            .Where(type => type.IsGenericType)
            .ToList();
        var fixedAtStart = SettingsTakenAs(parameters, typeof(IOptions<>));
        var live = SettingsTakenAs(parameters, typeof(IOptionsMonitor<>)).Where(settings => !fixedAtStart.Contains(settings));
        return
        [
            $"{RemoteModuleRoutes.ServicesSection}:{HostSettingNames.AnyKey}:http:{HostSettingNames.AnyKey}",
            .. live.SelectMany(settings => HostSettingNames.PropertiesOf(settings, SectionOf(settings, modules))),

            // The rate limits are not one options class but a reading of several sections (ShopRateLimiting), live as a whole.
            .. HostSettingNames.PropertiesOf(typeof(RateLimitSettings), RateLimitSettings.Section),
            .. modules.SelectMany(module => HostSettingNames.PropertiesOf(typeof(RateLimitSettings), $"{module.ConfigurationSection}:{RateLimitSettings.ModuleSection}")),
        ];
    }

    private static HashSet<Type> SettingsTakenAs(IEnumerable<Type> parameters, Type options) =>
        parameters.Where(type => type.GetGenericTypeDefinition() == options)
            .Select(type => type.GetGenericArguments()[0])
            .Where(settings => !settings.IsGenericParameter)
            .ToHashSet();

    private static string SectionOf(Type settings, IReadOnlyList<ModuleDescriptor> modules) =>
        settings.GetField("Section")?.GetRawConstantValue() as string
        ?? modules.SingleOrDefault(module => module.Assembly == settings.Assembly)?.ConfigurationSection
        ?? throw new InvalidOperationException($"{settings.Name} is read live, under a section this cannot tell");
}
