using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.Configuration;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.BuildingBlocks.Persistence.Migrations;
using ModularShop.Host.Api;
using ModularShop.Host.Commands;
using ModularShop.Host.Health;
using ModularShop.Host.Logging;
using ModularShop.Host.Security;
using Wolverine;

namespace ModularShop.Host;

/// <summary>Composes the shop: the modules found next to the host, their database, the bus and the HTTP pipeline.</summary>
internal static class ShopApplication
{
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            var app = Create(new WebApplicationOptions { Args = args });
            if (HostCommands.IsCommand(args))
            {
                return await HostCommands.RunAsync(app, args);
            }

            await MigrateOnStartupAsync(app);
            await app.RunAsync();
            return 0;
        }
        catch (Exception exception) when (IsInvalidSetting(exception))
        {
            foreach (var message in MessagesOf(exception))
            {
                await Console.Error.WriteLineAsync($"ModularShop cannot start: {message}");
            }

            return 1;
        }
    }

    private static bool IsInvalidSetting(Exception exception) => exception switch
    {
        InvalidSettingException or OptionsValidationException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsInvalidSetting),
        _ => false,
    };

    private static IEnumerable<string> MessagesOf(Exception exception) =>
        exception is AggregateException aggregate ? aggregate.InnerExceptions.SelectMany(MessagesOf) : [exception.Message];

    public static WebApplication Create(WebApplicationOptions options)
    {
        var builder = WebApplication.CreateBuilder(options);
        var modules = ModuleCatalog.Discover(builder.Configuration);
        var database = ModuleDatabaseFactory.Create(builder.Configuration, builder.Environment.ContentRootPath);

        builder.AddShopLogging();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddModules(builder.Configuration, modules, database);
        builder.Host.UseWolverine(messaging => messaging.UseModuleMessaging(modules, database));
        builder.AddShopSecurity();
        builder.AddShopApi();
        builder.Services.AddShopHealth();

        var app = builder.Build();
        app.UseShopApi();
        app.MapModules();
        app.MapShopHealth();
        app.MapOpenApi().AllowAnonymous();
        if (app.Environment.IsDevelopment())
        {
            app.MapDevTokens();
        }

        return app;
    }

    /// <summary>Brings every module's schema up to date before anything serves, unless <c>Database:MigrateOnStartup</c> is false.</summary>
    public static async Task MigrateOnStartupAsync(WebApplication app)
    {
        if (app.Configuration.GetValue("Database:MigrateOnStartup", defaultValue: true))
        {
            await app.Services.GetRequiredService<ModuleMigrator>().MigrateUpAsync(app.Lifetime.ApplicationStopping);
        }
    }
}
