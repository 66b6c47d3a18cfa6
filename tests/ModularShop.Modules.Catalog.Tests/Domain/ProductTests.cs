using ModularShop.BuildingBlocks.Domain;
using ModularShop.Modules.Catalog.Domain;
using ModularShop.Modules.Catalog.Domain.Rules;

namespace ModularShop.Modules.Catalog.Tests.Domain;

public sealed class ProductTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    private static Product Mug(decimal price = 12.90m) =>
        Product.Create(Guid.NewGuid(), "MUG-1", "Mug", "A mug", price, "EUR", Now);

    [Fact]
    public void A_new_product_starts_at_version_1()
    {
        var product = Mug();

        product.Version.ShouldBe(1);
        product.Price.ShouldBe(12.90m);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("12.345")]
    [InlineData("1000000")]
    public void A_price_must_be_positive_below_the_ceiling_and_in_cents(string price)
    {
        var violation = Should.Throw<BusinessRuleViolationException>(() => Mug(decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture)));

        violation.Rule.ShouldBe(nameof(PriceMustBeValidRule));
    }

    [Theory]
    [InlineData("mug-1")]
    [InlineData("-MUG")]
    [InlineData("M")]
    [InlineData("MUG 1")]
    public void A_sku_is_upper_case_letters_digits_and_dashes(string sku)
    {
        var violation = Should.Throw<BusinessRuleViolationException>(() => Product.Create(Guid.NewGuid(), sku, "Mug", "", 1m, "EUR", Now));

        violation.Rule.ShouldBe(nameof(SkuMustBeWellFormedRule));
    }

    [Fact]
    public void Changing_the_price_raises_the_version()
    {
        var product = Mug();

        product.ChangePrice(9.99m, Now.AddHours(1)).ShouldBeTrue();

        product.Price.ShouldBe(9.99m);
        product.Version.ShouldBe(2);
        product.UpdatedAt.ShouldBe(Now.AddHours(1));
    }

    [Fact]
    public void Setting_the_same_price_changes_nothing()
    {
        var product = Mug();

        product.ChangePrice(12.90m, Now.AddHours(1)).ShouldBeFalse();

        product.Version.ShouldBe(1);
        product.UpdatedAt.ShouldBe(Now);
    }

    [Fact]
    public void An_invalid_new_price_leaves_the_product_as_it_was()
    {
        var product = Mug();

        Should.Throw<BusinessRuleViolationException>(() => product.ChangePrice(-5m, Now));

        product.Price.ShouldBe(12.90m);
        product.Version.ShouldBe(1);
    }
}
