using ModularShop.BuildingBlocks.Persistence;
using Xunit;

namespace ModularShop.Testing;

/// <summary>As <see cref="PostgreSqlFactAttribute"/>, for a theory.</summary>
public sealed class PostgreSqlTheoryAttribute : TheoryAttribute
{
    public PostgreSqlTheoryAttribute()
    {
        if (TestDatabase.ProviderUnderTest != DatabaseProvider.PostgreSql)
        {
            Skip = $"Runs on PostgreSQL: the second pass of ./build.sh test ({TestDatabase.ProviderVariable}=PostgreSql).";
        }
    }
}
