using ModularShop.Modules.Cart.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Ordering.Tests.Features;

/// <summary>
/// CartCheckedOut as other versions of Cart write it, stored in Ordering's inbox the way the bus stores a message
/// that no process has taken yet: one from before the shipping address, as an outbox may still hold it after an
/// upgrade, and one from a newer Cart with fields this Ordering does not know.
/// </summary>
public sealed class CartCheckedOutVersionsTests(OrderingShop fixture) : IClassFixture<OrderingShop>
{
    [Fact]
    public async Task A_checkout_written_before_the_shipping_address_existed_is_handled_after_the_upgrade()
    {
        var orderId = Guid.CreateVersion7();
        await LeftInTheInbox.StoreAsync(fixture.Shop.Services, "Ordering", orderId, CartCheckedOut.MessageName, $$"""
            {"orderId":"{{orderId}}","customerId":"before-addresses",
             "lines":[{"productId":"{{DemoProducts.CeramicMug}}","sku":"MUG-CERAMIC-350","name":"Ceramic Mug 350 ml","unitPrice":12.90,"quantity":1}],
             "total":12.90,"currency":"EUR","paymentToken":"tok_visa","occurredAt":"2026-11-30T09:00:00+00:00"}
            """);

        var order = await fixture.WaitForStatusAsync("before-addresses", orderId, "Confirmed");

        order.Total.ShouldBe(12.90m);
        order.ShippingAddress.ShouldBeNull();
    }

    [Fact]
    public async Task A_checkout_with_fields_this_version_does_not_know_is_handled_with_what_it_knows()
    {
        var orderId = Guid.CreateVersion7();
        await LeftInTheInbox.StoreAsync(fixture.Shop.Services, "Ordering", orderId, CartCheckedOut.MessageName, $$"""
            {"orderId":"{{orderId}}","customerId":"from-the-future",
             "lines":[{"productId":"{{DemoProducts.CeramicMug}}","sku":"MUG-CERAMIC-350","name":"Ceramic Mug 350 ml","unitPrice":12.90,"quantity":2,"engraving":"A"}],
             "total":25.80,"currency":"EUR","paymentToken":"tok_visa","occurredAt":"2026-12-24T09:00:00+00:00",
             "shippingAddress":{"recipient":"Grace Hopper","line1":"1 Navy Way","line2":null,"postalCode":"20301","city":"Arlington","countryCode":"US","doorCode":"1906"},
             "giftWrap":true,"loyalty":{"points":12} }
            """);

        var order = await fixture.WaitForStatusAsync("from-the-future", orderId, "Confirmed");

        order.Lines.ShouldHaveSingleItem().Quantity.ShouldBe(2);
        order.ShippingAddress.ShouldBe(new AddressBody("Grace Hopper", "1 Navy Way", null, "20301", "Arlington", "US"));
    }
}
