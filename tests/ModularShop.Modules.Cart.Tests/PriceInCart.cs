using ModularShop.Testing;

namespace ModularShop.Modules.Cart.Tests;

internal static class PriceInCart
{
    /// <summary>What a customer sees: the unit price in a fresh cart holding the product, or null while Cart does not sell it.</summary>
    public static async Task<decimal?> OfAsync(TestShop shop, Guid productId)
    {
        using var customer = shop.Customer($"probe-{Guid.NewGuid():N}");
        var added = await customer.PostJsonAsync("/api/cart/items", new { productId, quantity = 1 });
        if (!added.IsSuccessStatusCode)
        {
            return null;
        }

        return (await added.ReadAsync<CartBody>()).Lines.Single().UnitPrice;
    }
}
