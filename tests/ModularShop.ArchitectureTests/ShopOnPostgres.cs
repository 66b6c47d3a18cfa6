using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularShop.ArchitectureTests.Rules;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.Host;

namespace ModularShop.ArchitectureTests;

/// <summary>
/// The shop composed exactly as it runs on PostgreSQL, but never started: nothing connects. Its DbContexts give the
/// modules' EF models (with schemas), its route table gives their endpoints.
/// </summary>
public static class ShopOnPostgres
{
    private static readonly Lazy<WebApplication> App = new(Compose);

    public static IServiceProvider Services => App.Value.Services;

    public static ModuleCatalog Catalog => Services.GetRequiredService<ModuleCatalog>();

    public static IReadOnlyList<RouteEndpoint> Endpoints =>
        ((IEndpointRouteBuilder)App.Value).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>().ToList();

    public static IReadOnlyList<ContextModel> ModelsOf(string moduleName)
    {
        var module = Catalog.Enabled.Single(module => module.Name == moduleName);
        if (module.DbContextType is null)
        {
            return [];
        }

        using var scope = Services.CreateScope();
        var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
        return [new ContextModel(module.DbContextType, context.Model)];
    }

    private static WebApplication Compose()
    {
        string[] settings =
        [
            "--Database:Provider=PostgreSql",
            "--ConnectionStrings:ModularShop=Host=localhost;Database=modularshop;Username=modularshop;Password=never-used",
            "--Authentication:SigningKey=architecture-tests-never-sign-anything-0123456789",
            .. KnownModules.All.Select(module => $"--Database:Roles:{module.Name}:Password=never-used"),
        ];
        return ShopApplication.Create(new WebApplicationOptions
        {
            Args = settings,
            EnvironmentName = "Production",
            ContentRootPath = AppContext.BaseDirectory,
        });
    }
}
