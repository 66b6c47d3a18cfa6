using ModularShop.BuildingBlocks.Messaging;
using ModularShop.Modules.Cart.Contracts;
using ModularShop.Modules.Ordering.Domain;

namespace ModularShop.Modules.Ordering.Features.Checkout;

/// <summary>A checked-out cart becomes a pending order, and Inventory is asked to hold its stock.</summary>
internal sealed class PlaceOrderOnCheckout(CheckoutProcess checkout) : IIntegrationEventHandler<CartCheckedOut>
{
    public async Task HandleAsync(CartCheckedOut message, CancellationToken cancellationToken)
    {
        if (await checkout.Db.Orders.FindAsync([message.OrderId], cancellationToken) is not null)
        {
            return;
        }

        var lines = message.Lines.Select(line => new OrderLine(message.OrderId, line.ProductId, line.Sku, line.Name, line.UnitPrice, line.Quantity));
        var shipTo = message.ShippingAddress is { } address
            ? new DeliveryAddress(address.Recipient, address.Line1, address.Line2, address.PostalCode, address.City, address.CountryCode)
            : null;
        var order = Order.Place(message.OrderId, message.CustomerId, lines, message.Currency, shipTo, checkout.Now);
        await checkout.PlaceAsync(order, message.PaymentToken);
    }
}
