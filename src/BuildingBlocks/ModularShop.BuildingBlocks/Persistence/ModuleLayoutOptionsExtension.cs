using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ModularShop.BuildingBlocks.Persistence;

/// <summary>Carries a module's table layout into its DbContext through the context options.</summary>
internal sealed class ModuleLayoutOptionsExtension(ModuleTableLayout layout) : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? _info;

    public ModuleTableLayout Layout { get; } = layout;

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(ModuleLayoutOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        private ModuleTableLayout Layout => ((ModuleLayoutOptionsExtension)Extension).Layout;

        public override bool IsDatabaseProvider => false;

        public override string LogFragment => $"ModuleSchema={Layout.ModuleSchema} ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["ModularShop:ModuleSchema"] = Layout.ModuleSchema;
    }
}
