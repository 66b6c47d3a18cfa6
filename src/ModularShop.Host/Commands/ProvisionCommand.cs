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

        var provisioner = new PostgresProvisioner(
            app.Services.GetRequiredService<ModuleCatalog>(),
            app.Services.GetRequiredService<IModuleDatabase>(),
            app.Services.GetRequiredService<ModuleRoles>());
        var stopping = app.Lifetime.ApplicationStopping;
        await provisioner.ProvisionAsync(adminConnection, Console.WriteLine, stopping);
        await app.Services.GetRequiredService<IMessageStore>().Admin.MigrateAsync();
        Console.WriteLine("message store: tables created or updated by their owner");
        await provisioner.GrantEnvelopeTablesAsync(adminConnection, Console.WriteLine, stopping);
        Console.WriteLine("The database is provisioned. Apply the modules' migrations with 'migrate', or let the host do it at start.");
        return 0;
    }
}
