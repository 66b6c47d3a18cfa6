using ModularShop.BuildingBlocks.Persistence;
using Xunit;

namespace ModularShop.Testing;

/// <summary>
/// A test of what only a database server has (roles, schemas, grants). It runs in the PostgreSQL pass of
/// <c>./build.sh test</c> and shows as skipped, with this reason, in the SQLite pass.
/// </summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (TestDatabase.ProviderUnderTest != DatabaseProvider.PostgreSql)
        {
            Skip = $"Runs on PostgreSQL: the second pass of ./build.sh test ({TestDatabase.ProviderVariable}=PostgreSql).";
        }
    }
}
