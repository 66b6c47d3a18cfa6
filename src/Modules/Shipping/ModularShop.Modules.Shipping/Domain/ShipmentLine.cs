namespace ModularShop.Modules.Shipping.Domain;

/// <summary>One line to put in the parcel, numbered in the order it was given: an order may name a product twice.</summary>
internal sealed class ShipmentLine(Guid orderId, int number, Guid productId, string sku, string name, int quantity)
{
    public Guid OrderId { get; private set; } = orderId;

    public int Number { get; private set; } = number;

    public Guid ProductId { get; private set; } = productId;

    public string Sku { get; private set; } = sku;

    public string Name { get; private set; } = name;

    public int Quantity { get; private set; } = quantity;
}
