using System.Net;
using ModularShop.Modules.Cart.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Cart.Tests.Features;

/// <summary>The address a checkout gives travels with CartCheckedOut; one the shop cannot deliver to is refused.</summary>
public sealed class ShippingAddressTests(CartShop fixture) : IClassFixture<CartShop>
{
    private static readonly object Berlin = new
    {
        recipient = "Ada Lovelace",
        line1 = "Unter den Linden 1",
        postalCode = "10117",
        city = "Berlin",
        countryCode = "DE",
    };

    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task The_address_given_at_checkout_is_announced_with_the_order()
    {
        using var ada = _shop.Customer("ada-ships");
        await ada.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.CeramicMug, quantity = 1 });

        var response = await ada.PostJsonAsync("/api/cart/checkout", new { paymentToken = "tok_visa", shippingAddress = Berlin });

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var announced = await Eventually.Until(
            () => _shop.PublishedAsync<CartCheckedOut>(),
            events => events.Any(e => e.CustomerId == "ada-ships"),
            "CartCheckedOut for Ada");
        announced.Single(e => e.CustomerId == "ada-ships").ShippingAddress
            .ShouldBe(new ShippingAddress("Ada Lovelace", "Unter den Linden 1", "10117", "Berlin", "DE"));
    }

    [Fact]
    public async Task A_checkout_without_an_address_still_orders_as_before()
    {
        using var ben = _shop.Customer("ben-collects");
        await ben.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.CeramicMug, quantity = 1 });

        (await ben.PostJsonAsync("/api/cart/checkout", new { paymentToken = "tok_visa" })).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var announced = await Eventually.Until(
            () => _shop.PublishedAsync<CartCheckedOut>(),
            events => events.Any(e => e.CustomerId == "ben-collects"),
            "CartCheckedOut for Ben");
        announced.Single(e => e.CustomerId == "ben-collects").ShippingAddress.ShouldBeNull();
    }

    [Theory]
    [InlineData("countryCode", "de")]
    [InlineData("countryCode", "DEU")]
    [InlineData("countryCode", "")]
    [InlineData("recipient", " ")]
    [InlineData("city", "")]
    [InlineData("postalCode", "123456789012345678901")]
    [InlineData("line1", "Main Street \u0000 1")]
    [InlineData("line2", "  ")]
    public async Task An_address_the_shop_cannot_deliver_to_is_a_400_that_names_the_field_and_orders_nothing(string field, string value)
    {
        using var cleo = _shop.Customer($"cleo-address-{field}-{value.Length}");
        await cleo.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.CeramicMug, quantity = 1 });
        var address = new Dictionary<string, string>
        {
            ["recipient"] = "Cleo",
            ["line1"] = "1 Rue de Rivoli",
            ["postalCode"] = "75001",
            ["city"] = "Paris",
            ["countryCode"] = "FR",
            [field] = value,
        };
        await _shop.IdleAsync();
        var before = _shop.Database.Fingerprint();

        var response = await cleo.PostJsonAsync("/api/cart/checkout", new { paymentToken = "tok_visa", shippingAddress = address });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).Errors!.Keys.ShouldBe(new[] { $"shippingAddress.{field}" });
        _shop.Database.Fingerprint().ChangedSince(before).ShouldBeEmpty();
    }
}
