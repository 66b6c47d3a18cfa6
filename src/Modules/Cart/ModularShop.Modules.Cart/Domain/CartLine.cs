namespace ModularShop.Modules.Cart.Domain;

/// <summary>So many units of one product. The price is not kept here: a cart always shows the catalog's current price.</summary>
internal sealed class CartLine
{
    private CartLine()
    {
    }

    public CartLine(string customerId, Guid productId, int quantity, DateTimeOffset addedAt)
    {
        CustomerId = customerId;
        ProductId = productId;
        Quantity = quantity;
        AddedAt = addedAt;
    }

    public string CustomerId { get; private set; } = "";

    public Guid ProductId { get; private set; }

    public int Quantity { get; internal set; }

    public DateTimeOffset AddedAt { get; private set; }
}
