using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.Configuration;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.BuildingBlocks.Persistence.Migrations;
using ModularShop.Host;
using ModularShop.Host.Api;
using ModularShop.Host.Commands;
using ModularShop.Host.Health;
using ModularShop.Host.Logging;
using ModularShop.Host.Security;
using Wolverine;

try
{
    var builder = WebApplication.CreateBuilder(args);
    var modules = ModuleCatalog.Discover(builder.Configuration);
    var database = ModuleDatabaseFactory.Create(builder.Configuration, builder.Environment.ContentRootPath);

    builder.AddShopLogging();
    builder.Services.AddSingleton(TimeProvider.System);
    builder.Services.AddModules(builder.Configuration, modules, database);
    builder.Host.UseWolverine(options => options.UseModuleMessaging(modules, database));
    builder.AddShopSecurity();
    builder.AddShopApi();
    builder.Services.AddShopHealth();

    var app = builder.Build();
    if (MigrateCommand.IsRequested(args))
    {
        return await MigrateCommand.RunAsync(app);
    }

    if (app.Configuration.GetValue("Database:MigrateOnStartup", defaultValue: true))
    {
        await app.Services.GetRequiredService<ModuleMigrator>().MigrateUpAsync(app.Lifetime.ApplicationStopping);
    }

    app.UseShopApi();
    app.MapModules();
    app.MapShopHealth();
    app.MapOpenApi().AllowAnonymous();
    if (app.Environment.IsDevelopment())
    {
        app.MapDevTokens();
    }

    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (exception is InvalidSettingException or OptionsValidationException)
{
    await Console.Error.WriteLineAsync($"ModularShop cannot start: {exception.Message}");
    return 1;
}

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
