using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.Configuration;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Messaging.Housekeeping;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.BuildingBlocks.Persistence.Migrations;
using ModularShop.Host.Api;
using ModularShop.Host.ApiReference;
using ModularShop.Host.Commands;
using ModularShop.Host.Configuration;
using ModularShop.Host.Gateway;
using ModularShop.Host.HandlerCode;
using ModularShop.Host.Health;
using ModularShop.Host.Logging;
using ModularShop.Host.Operations;
using ModularShop.Host.Security;
using ModularShop.Host.Shutdown;
using ModularShop.Host.Telemetry;
using ModularShop.Host.Web;
using Wolverine;
using Wolverine.Transports;

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
            LogWhatRunsHere(app);
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
        catch (BrokerInitializationException unreachable)
        {
            // Wolverine tried for a while already (its attempts are logged); an orchestrator restarts the host.
            await Console.Error.WriteLineAsync($"ModularShop cannot start: the message broker did not answer. {unreachable.GetBaseException().Message}");
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
        builder.Configuration.AddCommandLine(options.Args ?? [], HostCommands.Switches);
        builder.Configuration.AddSettingsFile();
        if (ServiceBuild.CarriedModules is { } carried)
        {
            // Lowest precedence: configuration may still choose among the carried modules.
            builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = [new(ModuleCatalog.RunSetting, carried)] });
        }

        var modules = ModuleCatalog.Discover(builder.Configuration);
        var messaging = MessagingSettings.From(builder.Configuration);
        var database = ModuleDatabaseFactory.Create(builder.Configuration, builder.Environment.ContentRootPath, modules, messaging);

        builder.AddShopLogging();
        builder.AddShopTelemetry(modules);
        builder.Services.AddSingleton<TimeProvider>(new MicrosecondClock());
        builder.Services.AddSingleton(messaging);
        builder.Services.AddModules(builder.Configuration, modules, database);
        builder.Services.AddMessageHousekeeping();
        ModuleMessaging.InstallContractNames();
        var shutdown = GracefulShutdown.AddTo(builder);
        builder.Host.UseWolverine(wolverine =>
        {
            wolverine.UseModuleMessaging(modules, database, messaging);
            wolverine.UsePreGeneratedHandlers(modules);
            wolverine.Durability.DrainTimeout = shutdown.MessageGracePeriod;
        });
        builder.AddShopSecurity();
        builder.AddShopApi(modules);
        builder.AddOperations();
        builder.Services.AddShopHealth(messaging);
        builder.AddModuleGateway(modules);

        var app = builder.Build();
        app.UseShopApi();
        app.MapModules();
        app.MapOperations();
        app.MapModuleGateway();
        app.MapShopHealth();
        app.MapShopMetrics();
        app.MapOpenApi().AllowAnonymous();
        app.MapApiReference();
        app.MapShopPages();
        if (app.Environment.IsDevelopment())
        {
            app.MapDevTokens();
        }

        return app;
    }

    private static void LogWhatRunsHere(WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        var database = app.Services.GetRequiredService<IModuleDatabase>();
        var messaging = app.Services.GetRequiredService<MessagingSettings>();
        app.Logger.LogInformation(
            "{Service} runs {Modules} on {Database}, with messages over {Transport}",
            catalog.ServiceName,
            string.Join(", ", catalog.Enabled.Select(module => module.Name)),
            database.Description,
            messaging.Transport == MessageTransport.RabbitMq ? $"RabbitMQ at {messaging.Broker!.Host}:{messaging.Broker.Port}{messaging.Broker.AbsolutePath}" : "local queues");
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
