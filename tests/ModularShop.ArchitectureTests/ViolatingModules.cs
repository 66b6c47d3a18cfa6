using Microsoft.EntityFrameworkCore;
using ModularShop.ArchitectureTests.Rules;
using ModularShop.ArchitectureTests.Violations.Billing.Persistence;

namespace ModularShop.ArchitectureTests;

/// <summary>The make-believe modules of ModularShop.ArchitectureTests.Violations, which break every rule on purpose.</summary>
public static class ViolatingModules
{
    private const string Root = "ModularShop.ArchitectureTests.Violations";

    public static ModuleParts Billing { get; } = Make("Billing", () =>
    {
        using var context = new BillingDbContext(new DbContextOptionsBuilder<BillingDbContext>().UseNpgsql("Host=localhost").Options);
        return [new ContextModel(typeof(BillingDbContext), context.Model)];
    });

    public static ModuleParts Shipping { get; } = Make("Shipping", () => []);

    public static IReadOnlyList<ModuleParts> All { get; } = [Billing, Shipping];

    private static ModuleParts Make(string name, Func<IReadOnlyList<ContextModel>> models)
    {
        var assembly = typeof(BillingDbContext).Assembly;
        var root = $"{Root}.{name}";
        return new ModuleParts(name, name.ToLowerInvariant(), new TypeSet(assembly, root, Excluding: root + ".Contracts"), new TypeSet(assembly, root + ".Contracts"), models);
    }
}
