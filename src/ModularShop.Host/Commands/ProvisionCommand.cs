using ModularShop.BuildingBlocks.Configuration;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.BuildingBlocks.Persistence.Provisioning;
using Wolverine.Persistence.Durability;

namespace ModularShop.Host.Commands;

/// <summary>
/// <c>db provision --admin-connection "..."</c>: prepares a PostgreSQL server for the shop (see
/// <see cref="PostgresProvisioner"/>), creates the message store's tables as their owner, and reports every step.
/// </summary>
internal static class ProvisionCommand
{
    public const string Name = "db";

    public static async Task<int> RunAsync(WebApplication app, IReadOnlyList<string> words)
    {
        if (words is not ["provision"])
        {
            return HostCommands.Usage($"'db {string.Join(' ', words)}' is not a db command.");
        }

        var adminConnection = app.Configuration["admin-connection"] ?? app.Configuration["Database:AdminConnectionString"];
        if (string.IsNullOrWhiteSpace(adminConnection))
        {
            throw new InvalidSettingException("db provision needs an administrator's connection: --admin-connection \"Host=...;Username=postgres;Password=...\" (or Database:AdminConnectionString).");
        }

        await ProvisionAsync(app, adminConnection, Console.WriteLine, app.Lifetime.ApplicationStopping);
        Console.WriteLine("The database is provisioned. Apply the modules' migrations with 'migrate', or let the host do it at start.");
        return 0;
    }

    /// <summary>Everything the command does, reporting each step.</summary>
    public static async Task ProvisionAsync(WebApplication app, string adminConnection, Action<string> report, CancellationToken cancellationToken)
    {
        var provisioner = new PostgresProvisioner(
            app.Services.GetRequiredService<ModuleCatalog>(),
            app.Services.GetRequiredService<IModuleDatabase>(),
            app.Services.GetRequiredService<ModuleRoles>());
        await provisioner.ProvisionAsync(adminConnection, report, cancellationToken);
        await app.Services.GetRequiredService<IMessageStore>().Admin.MigrateAsync();
        report("message store: tables created or updated by their owner");
        await provisioner.GrantEnvelopeTablesAsync(adminConnection, report, cancellationToken);
    }
}
