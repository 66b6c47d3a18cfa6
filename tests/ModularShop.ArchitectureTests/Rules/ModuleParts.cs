using Microsoft.EntityFrameworkCore.Metadata;

namespace ModularShop.ArchitectureTests.Rules;

/// <summary>What the architecture rules look at in one module.</summary>
/// <param name="Name">The module's name, as in <c>IModule.Name</c>.</param>
/// <param name="Schema">The module's own schema (its key): the only one its tables, migrations and SQL may name.</param>
/// <param name="Implementation">The module's implementation types.</param>
/// <param name="Contracts">The module's public messages.</param>
/// <param name="Models">The EF Core models of the module's DbContexts, as built for PostgreSQL.</param>
public sealed record ModuleParts(string Name, string Schema, TypeSet Implementation, TypeSet Contracts, Func<IReadOnlyList<ContextModel>> Models)
{
    public override string ToString() => Name;
}

/// <summary>A DbContext type and the model EF Core builds for it.</summary>
public sealed record ContextModel(Type Context, IModel Model);
