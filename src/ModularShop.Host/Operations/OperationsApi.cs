using ModularShop.BuildingBlocks.Configuration;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.RateLimiting;
using ModularShop.BuildingBlocks.Security;
using ModularShop.Host.Api;

namespace ModularShop.Host.Operations;

/// <summary>
/// The operators' API of this process's message store, for admins only: <c>/api/operations/{module}/...</c>. The
/// module is in the path so that the gateway can forward a module that runs elsewhere to the process that runs it
/// (see RemoteModuleRoutes); each process answers for the modules it runs, from its own message store.
/// </summary>
internal static class OperationsApi
{
    public const string Prefix = "/api/operations";
    public const string ModuleParameter = "module";
    private const string Tag = "Operations";
    private const string ModulesRoute = "modules";
    private const string PlacementRoute = "placement";

    /// <summary>The routes of the group that name no module: a module key among them would be shadowed here and forwarded by a gateway.</summary>
    private static readonly string[] OwnRoutes = [ModulesRoute, PlacementRoute];

    /// <summary>Where a module's operations are served: <c>/api/operations/&lt;module key&gt;</c>.</summary>
    public static string PrefixOf(ModuleDescriptor module) => $"{Prefix}/{module.Key}";

    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(SettingsReader.Read<OperationsSettings>(builder.Configuration, OperationsSettings.Section));
        builder.Services.AddSingleton<MessageStoreReader>();
        builder.Services.AddSingleton<ModuleDeadLetters>();
        builder.Services.AddSingleton<MessageStoreSampler>();
        builder.Services.AddHostedService(services => services.GetRequiredService<MessageStoreSampler>());
        builder.Services.AddSingleton<MessageStoreMetrics>();
        return builder;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        // Created with the app, so that the gauges exist before the first scrape.
        app.Services.GetRequiredService<MessageStoreMetrics>();
        RefuseModuleKeysThatAreRoutes(app.Services.GetRequiredService<ModuleCatalog>());

        var operations = app.MapGroup(Prefix).WithTags(Tag).RequireAdmin().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        operations.MapGet($"/{ModulesRoute}", ModuleOperationsEndpoints.SummariesAsync)
            .RequireRateLimiting(RateLimitPolicies.Reads)
            .WithName("ListOperatedModules")
            .WithSummary("Per module that runs in this process: its dead letters and the messages waiting in each store.");
        operations.MapGet($"/{PlacementRoute}", ModulePlacementEndpoint.Get)
            .RequireRateLimiting(RateLimitPolicies.Reads)
            .WithName("GetModulePlacement")
            .WithSummary("Every module of the shop and where it runs: in this process, or elsewhere with its instances, their health as the gateway sees it and how many take calls.");

        var module = operations.MapGroup($"/{{{ModuleParameter}}}")
            .AddEndpointFilter(ModuleRunsHere.FilterAsync)
            .AddOpenApiOperationTransformer(ModuleKeysInOpenApi.TransformAsync)
            .ProducesProblem(StatusCodes.Status404NotFound);
        module.MapGet("/waiting", ModuleOperationsEndpoints.WaitingAsync)
            .RequireRateLimiting(RateLimitPolicies.Reads)
            .WithName("GetWaitingMessages")
            .WithSummary("Messages of the module waiting in the inbox, among the scheduled ones and in the outbox, with the age of the oldest of each.");
        module.MapGet("/dead-letters", DeadLetterEndpoints.ListAsync)
            .RequireRateLimiting(RateLimitPolicies.Reads)
            .WithName("ListDeadLetters")
            .WithSummary("The module's dead letters, one page at a time, newest failures last; filter by message, exception type and when they failed.")
            .ProducesValidationProblem();
        module.MapGet("/dead-letters/{id:guid}", DeadLetterEndpoints.GetAsync)
            .RequireRateLimiting(RateLimitPolicies.Reads)
            .WithName("GetDeadLetter")
            .WithSummary("One dead letter with its message body, the exception that stopped it, its attempts and where it failed.");
        module.MapPost("/dead-letters/{id:guid}/replay", DeadLetterEndpoints.ReplayAsync)
            .RequireRateLimiting(RateLimitPolicies.ExpensiveWrites)
            .WithName("ReplayDeadLetter")
            .WithSummary("Sends one dead letter back to the module's inbox, to be handled again within a few seconds.");
        module.MapPost("/dead-letters/replay", DeadLetterEndpoints.ReplayMatchingAsync)
            .RequireRateLimiting(RateLimitPolicies.ExpensiveWrites)
            .WithName("ReplayDeadLetters")
            .WithSummary("Sends every dead letter of the module that matches the filter back to its inbox; answers how many.")
            .ProducesValidationProblem();
        module.MapDelete("/dead-letters/{id:guid}", DeadLetterEndpoints.DiscardAsync)
            .RequireRateLimiting(RateLimitPolicies.ExpensiveWrites)
            .WithName("DiscardDeadLetter")
            .WithSummary("Deletes one dead letter for good: its message is never handled.");
        module.MapPost("/dead-letters/discard", DeadLetterEndpoints.DiscardMatchingAsync)
            .RequireRateLimiting(RateLimitPolicies.ExpensiveWrites)
            .WithName("DiscardDeadLetters")
            .WithSummary("Deletes for good every dead letter of the module that matches the filter (all of them without one); answers how many.")
            .ProducesValidationProblem();
        return app;
    }

    /// <summary>Refuses, at start, a module whose key is one of the group's own routes, which would take its operations' place.</summary>
    public static void RefuseModuleKeysThatAreRoutes(ModuleCatalog catalog)
    {
        var taken = catalog.All.FirstOrDefault(module => OwnRoutes.Contains(module.Key, StringComparer.OrdinalIgnoreCase));
        if (taken is not null)
        {
            throw new InvalidOperationException(
                $"Module {taken.Name} has the key '{taken.Key}', which {Prefix}/{taken.Key} already serves; the keys {string.Join(", ", OwnRoutes)} are taken by the operations API.");
        }
    }
}
