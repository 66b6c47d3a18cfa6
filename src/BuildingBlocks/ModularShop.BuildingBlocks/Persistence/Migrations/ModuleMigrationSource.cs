using FluentMigrator.Runner.Initialization;
using ModularShop.BuildingBlocks.Modules;

namespace ModularShop.BuildingBlocks.Persistence.Migrations;

/// <summary>
/// Feeds FluentMigrator the migrations of one module, internal ones included (FluentMigrator's own scanning sees
/// public types only), plus the migrations every module shares.
/// </summary>
internal sealed class ModuleMigrationSource(ModuleDescriptor module) : IMigrationSourceItem
{
    public IEnumerable<Type> MigrationTypeCandidates =>
        module.Types
            .Concat(typeof(ModuleMigration).Assembly.GetTypes())
            .Where(type => type.IsSubclassOf(typeof(ModuleMigration)) && !type.IsAbstract);
}
