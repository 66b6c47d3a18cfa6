using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Telemetry;
using Wolverine.EntityFrameworkCore;

namespace ModularShop.BuildingBlocks.Persistence;

internal static class ModuleDbContextRegistration
{
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, ModuleDescriptor module, IModuleDatabase database)
        where TContext : ModuleDbContext
    {
        database.EnsureCanConnect(module);
        var layout = database.LayoutFor(module);
        var spans = new DatabaseCommandSpans(module.Name, layout);
        return services.AddDbContextWithWolverineIntegration<TContext>(
            (_, options) =>
            {
                database.ConfigureDbContext(options, module);
                ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new ModuleLayoutOptionsExtension(layout));
                options.AddInterceptors(spans);
            },
            database.EnvelopeSchema);
    }
}
