using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ModularShop.BuildingBlocks.Configuration;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.RateLimiting;
using ModularShop.BuildingBlocks.Security;

namespace ModularShop.Host.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter, with a fixed window per module, per kind of call and per client: the token's subject
/// for a signed-in customer, the address (as trusted proxies report it) for anyone else. Only module endpoints are
/// limited; health, the OpenAPI document and the gateway's forwarding are not, because a module that runs elsewhere
/// limits its own calls, once, where its endpoints say what they cost.
/// </summary>
internal static class ShopRateLimiting
{
    public static WebApplicationBuilder AddShopRateLimiting(this WebApplicationBuilder builder, ModuleCatalog modules)
    {
        // Read here to refuse wrong limits before anything starts; live afterwards.
        ModuleRateLimits.Read(builder.Configuration, modules);
        IConfiguration configuration = builder.Configuration;
        builder.Services.TryAddSingleton<SettingsChanges>();
        builder.Services.AddSingleton(services => new LiveValue<ModuleRateLimits>(
            RateLimitSettings.Section,
            () => ModuleRateLimits.Read(configuration, modules),
            configuration.GetReloadToken,
            services.GetRequiredService<ILogger<ModuleRateLimits>>(),
            services.GetRequiredService<SettingsChanges>()));
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RateLimitRejection.AnswerAsync;
            foreach (var policy in RateLimitPolicies.All)
            {
                options.AddPolicy(policy, context => LimitsOf(context).PartitionOf(policy, ModuleEndpointMetadata.ModuleOf(context), ClientOf(context)));
            }
        });
        return builder;
    }

    /// <summary>The limits in force now: every module's, as the settings last validated.</summary>
    public static ModuleRateLimits LimitsOf(HttpContext context) =>
        context.RequestServices.GetRequiredService<LiveValue<ModuleRateLimits>>().Current;

    /// <summary>Who is counted: <c>customer:alice</c>, or <c>address:203.0.113.7</c> for a call without a valid token.</summary>
    public static string ClientOf(HttpContext context) =>
        context.User.FindFirstValue(ShopClaims.Subject) is { Length: > 0 } subject
            ? $"customer:{subject}"
            : $"address:{context.Connection.RemoteIpAddress}";
}

/// <summary>
/// The limits of every module, each module's own where it set them, as one reading of the settings found them. A new
/// reading counts every client afresh: its windows are kept apart from the last one's by <see cref="_reading"/>.
/// </summary>
internal sealed class ModuleRateLimits
{
    private static int _readings;
    private readonly int _reading = Interlocked.Increment(ref _readings);
    private readonly RateLimitSettings _defaults;
    private readonly Dictionary<string, RateLimitSettings> _byModule;

    private ModuleRateLimits(RateLimitSettings defaults, Dictionary<string, RateLimitSettings> byModule)
    {
        _defaults = defaults;
        _byModule = byModule;
    }

    public bool Enabled => _defaults.Enabled;

    /// <summary>The limits of a module that sets none of its own; with <see cref="ByModule"/>, what a reading found (and what the log shows of a change).</summary>
    public RateLimitSettings Defaults => _defaults;

    public IReadOnlyDictionary<string, RateLimitSettings> ByModule => _byModule;

    public static ModuleRateLimits Read(IConfiguration configuration, ModuleCatalog modules)
    {
        var failures = new List<InvalidSettingException>();
        var defaults = SettingsReader.Collect(() => SettingsReader.Read<RateLimitSettings>(configuration, RateLimitSettings.Section), failures) ?? new RateLimitSettings();
        var byModule = modules.Enabled.ToDictionary(
            module => module.Name,
            module => SettingsReader.Collect(() => SettingsReader.Read(configuration, $"{module.ConfigurationSection}:{RateLimitSettings.ModuleSection}", defaults.Copy()), failures) ?? defaults);
        SettingsReader.ThrowIfAny(failures);
        return new ModuleRateLimits(defaults, byModule);
    }

    public RateLimit For(string module, string policy) =>
        (_byModule.GetValueOrDefault(module) ?? _defaults).For(policy);

    public RateLimitPartition<string> PartitionOf(string policy, string module, string client)
    {
        if (!Enabled)
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var limit = For(module, policy);
        return RateLimitPartition.GetFixedWindowLimiter($"{_reading}/{module}/{policy}/{client}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
        });
    }
}
