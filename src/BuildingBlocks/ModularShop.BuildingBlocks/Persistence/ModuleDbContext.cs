using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using ModularShop.BuildingBlocks.Messaging;

namespace ModularShop.BuildingBlocks.Persistence;

/// <summary>
/// The base of every module's DbContext. It maps the module's entity configurations (found in the module's assembly)
/// into the module's own schema, plus the table that records which integration events the module has already handled.
/// Columns are named in snake_case unless a configuration names them.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    protected ModuleDbContext(DbContextOptions options) : base(options)
    {
        Layout = options.FindExtension<ModuleLayoutOptionsExtension>()?.Layout
            ?? throw new InvalidOperationException($"{GetType().Name} was created without a module table layout; register it with ModuleBuilder.AddDbContext.");
    }

    public ModuleTableLayout Layout { get; }

    internal DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
        modelBuilder.ApplyConfiguration(new ProcessedMessageConfiguration());
        SnakeCaseColumnNames.Apply(modelBuilder.Model);
        PlaceTablesInModuleSchema(modelBuilder);
    }

    private void PlaceTablesInModuleSchema(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(entity => entity.GetTableName() is not null))
        {
            // An owned type that shares its owner's table follows the owner's name by itself.
            if (entity.IsOwned() && entity.FindAnnotation(RelationalAnnotationNames.TableName) is null)
            {
                continue;
            }

            entity.SetTableName(Layout.Table(entity.GetTableName()!));
            entity.SetSchema(Layout.UsesSchemas ? Layout.Schema : null);
        }
    }
}
