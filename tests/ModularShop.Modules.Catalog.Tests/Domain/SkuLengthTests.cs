using ModularShop.Modules.Catalog.Domain;
using ModularShop.Modules.Catalog.Domain.Rules;

namespace ModularShop.Modules.Catalog.Tests.Domain;

/// <summary>The SKU rule spells its longest length out in a pattern; it must stay the column's.</summary>
public sealed class SkuLengthTests
{
    [Fact]
    public void A_sku_as_long_as_its_column_is_well_formed_and_one_longer_is_not()
    {
        SkuMustBeWellFormedRule.IsWellFormed(new string('A', ProductTextLengths.Sku)).ShouldBeTrue();
        SkuMustBeWellFormedRule.IsWellFormed(new string('A', ProductTextLengths.Sku + 1)).ShouldBeFalse();
    }
}
