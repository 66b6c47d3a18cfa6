using ModularShop.BuildingBlocks.Domain;
using ModularShop.Modules.Cart.Domain;
using ModularShop.Modules.Cart.Domain.Rules;
using ShopCart = ModularShop.Modules.Cart.Domain.Cart;

namespace ModularShop.Modules.Cart.Tests.Domain;

public sealed class CartTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private static readonly CartLimits Limits = new(MaxLines: 3, MaxQuantityPerLine: 10);

    private static CatalogProduct Product(string sku, decimal price = 5m, string currency = "EUR") =>
        CatalogProduct.Learn(Guid.NewGuid(), sku, sku, price, currency, 1, Now);

    [Fact]
    public void Adding_a_product_already_in_the_cart_adds_to_its_quantity()
    {
        var cart = ShopCart.StartFor("alice", Now);
        var mug = Product("MUG");

        cart.Add(mug, 2, Limits, Now);
        cart.Add(mug, 3, Limits, Now);

        cart.Lines.ShouldHaveSingleItem().Quantity.ShouldBe(5);
        cart.Currency.ShouldBe("EUR");
    }

    [Fact]
    public void A_line_never_holds_more_than_the_limit_even_across_additions()
    {
        var cart = ShopCart.StartFor("alice", Now);
        var mug = Product("MUG");
        cart.Add(mug, 8, Limits, Now);

        var violation = Should.Throw<BusinessRuleViolationException>(() => cart.Add(mug, 3, Limits, Now));

        violation.Rule.ShouldBe(nameof(LineQuantityWithinLimitRule));
        cart.Lines.Single().Quantity.ShouldBe(8);
    }

    [Fact]
    public void A_cart_holds_a_bounded_number_of_products()
    {
        var cart = ShopCart.StartFor("alice", Now);
        cart.Add(Product("A"), 1, Limits, Now);
        cart.Add(Product("B"), 1, Limits, Now);
        cart.Add(Product("C"), 1, Limits, Now);

        var violation = Should.Throw<BusinessRuleViolationException>(() => cart.Add(Product("D"), 1, Limits, Now));

        violation.Rule.ShouldBe(nameof(CartLineCountWithinLimitRule));
        cart.Lines.Count.ShouldBe(3);
    }

    [Fact]
    public void A_cart_holds_one_currency_until_it_is_empty_again()
    {
        var cart = ShopCart.StartFor("alice", Now);
        var euros = Product("EUR-MUG");
        cart.Add(euros, 1, Limits, Now);

        Should.Throw<BusinessRuleViolationException>(() => cart.Add(Product("USD-MUG", currency: "USD"), 1, Limits, Now))
            .Rule.ShouldBe(nameof(CartHoldsOneCurrencyRule));

        cart.Remove(euros.ProductId, Now).ShouldBeTrue();
        cart.Currency.ShouldBeNull();
        cart.Add(Product("USD-MUG", currency: "USD"), 1, Limits, Now);
        cart.Currency.ShouldBe("USD");
    }

    [Fact]
    public void Setting_a_quantity_respects_the_limit_and_only_touches_products_in_the_cart()
    {
        var cart = ShopCart.StartFor("alice", Now);
        var mug = Product("MUG");
        cart.Add(mug, 1, Limits, Now);

        cart.SetQuantity(mug.ProductId, 7, Limits, Now).ShouldBeTrue();
        cart.SetQuantity(Guid.NewGuid(), 7, Limits, Now).ShouldBeFalse();
        Should.Throw<BusinessRuleViolationException>(() => cart.SetQuantity(mug.ProductId, 11, Limits, Now));

        cart.Lines.Single().Quantity.ShouldBe(7);
    }

    [Fact]
    public void Every_change_raises_the_version_that_guards_against_concurrent_writers()
    {
        var cart = ShopCart.StartFor("alice", Now);
        var mug = Product("MUG");

        cart.Add(mug, 1, Limits, Now);
        cart.SetQuantity(mug.ProductId, 2, Limits, Now);
        cart.Remove(mug.ProductId, Now);

        cart.Version.ShouldBe(4);
    }
}
