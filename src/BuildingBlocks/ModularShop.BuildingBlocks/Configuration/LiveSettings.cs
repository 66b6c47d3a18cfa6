using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ModularShop.BuildingBlocks.Configuration;

/// <summary>
/// The one way to register a settings class: bound to its section, validated with its data annotations when the
/// host starts (a wrong value stops it, naming the key), and, read through <see cref="IOptionsMonitor{TOptions}"/>,
/// live: a valid change while running takes effect, an invalid one is refused and the last good value stays.
/// </summary>
public static class LiveSettings
{
    public static OptionsBuilder<TOptions> AddLiveSettings<TOptions>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
    {
        services.AddSingleton<IValidateOptions<TOptions>>(new SettingsValidator<TOptions>(section));
        services.AddSingleton(new LiveSection<TOptions>(section));
        services.TryAddSingleton<SettingsChanges>();
        services.AddSingleton<IOptionsMonitor<TOptions>, LastGoodOptionsMonitor<TOptions>>();
        return services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();
    }
}
