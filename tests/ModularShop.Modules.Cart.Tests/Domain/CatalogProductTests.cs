using ModularShop.Modules.Cart.Domain;

namespace ModularShop.Modules.Cart.Tests.Domain;

public sealed class CatalogProductTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_newer_price_replaces_the_copy()
    {
        var copy = CatalogProduct.Learn(Guid.NewGuid(), "MUG", "Mug", 10m, "EUR", version: 1, Now);

        copy.ApplyPrice(12m, version: 2, Now).ShouldBeTrue();

        copy.Price.ShouldBe(12m);
        copy.Version.ShouldBe(2);
    }

    [Fact]
    public void A_stale_or_repeated_price_is_ignored()
    {
        var copy = CatalogProduct.Learn(Guid.NewGuid(), "MUG", "Mug", 10m, "EUR", version: 3, Now);

        copy.ApplyPrice(12m, version: 3, Now).ShouldBeFalse();
        copy.ApplyPrice(11m, version: 2, Now).ShouldBeFalse();

        copy.Price.ShouldBe(10m);
        copy.Version.ShouldBe(3);
    }
}
