using Microsoft.Extensions.DependencyInjection;

namespace ModularShop.BuildingBlocks.Startup;

public static class StartupTaskRegistration
{
    public static IServiceCollection AddStartupTask<TTask>(this IServiceCollection services) where TTask : class, IStartupTask =>
        services.AddScoped<IStartupTask, TTask>();

    internal static IServiceCollection AddStartupTaskRunner(this IServiceCollection services)
    {
        services.AddSingleton<StartupTaskStatus>();
        services.AddHostedService<StartupTaskRunner>();
        return services;
    }
}
