using ModularShop.BuildingBlocks.Domain;
using ModularShop.Modules.Cart.Domain.Rules;

namespace ModularShop.Modules.Cart.Domain;

/// <summary>One customer's cart. It holds products of one currency, a bounded number of lines and units per line.</summary>
internal sealed class Cart : Entity
{
    private readonly List<CartLine> _lines = [];

    private Cart()
    {
    }

    public string CustomerId { get; private set; } = "";

    /// <summary>The currency of the products in the cart; none while it is empty.</summary>
    public string? Currency { get; private set; }

    public IReadOnlyList<CartLine> Lines => _lines;

    public long Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Cart StartFor(string customerId, DateTimeOffset now) =>
        new() { CustomerId = customerId, Version = 1, UpdatedAt = now };

    public CartLine? LineFor(Guid productId) => _lines.Find(line => line.ProductId == productId);

    /// <summary>Adds units of a product; a product already in the cart gets the units added to its line.</summary>
    public CartLine Add(CatalogProduct product, int quantity, CartLimits limits, DateTimeOffset now)
    {
        CheckRule(new CartHoldsOneCurrencyRule(Currency, product.Currency));
        var line = LineFor(product.ProductId);
        if (line is null)
        {
            CheckRule(new CartLineCountWithinLimitRule(_lines.Count + 1, limits.MaxLines));
            CheckRule(new LineQuantityWithinLimitRule(quantity, limits.MaxQuantityPerLine));
            line = new CartLine(CustomerId, product.ProductId, quantity, now);
            _lines.Add(line);
        }
        else
        {
            CheckRule(new LineQuantityWithinLimitRule(line.Quantity + quantity, limits.MaxQuantityPerLine));
            line.Quantity += quantity;
        }

        Currency = product.Currency;
        Touch(now);
        return line;
    }

    /// <summary>Sets how many units of a product the cart holds; answers false when the product is not in the cart.</summary>
    public bool SetQuantity(Guid productId, int quantity, CartLimits limits, DateTimeOffset now)
    {
        var line = LineFor(productId);
        if (line is null)
        {
            return false;
        }

        CheckRule(new LineQuantityWithinLimitRule(quantity, limits.MaxQuantityPerLine));
        line.Quantity = quantity;
        Touch(now);
        return true;
    }

    /// <summary>Takes a product out of the cart; answers false when it was not there.</summary>
    public bool Remove(Guid productId, DateTimeOffset now)
    {
        var line = LineFor(productId);
        if (line is null)
        {
            return false;
        }

        _lines.Remove(line);
        if (_lines.Count == 0)
        {
            Currency = null;
        }

        Touch(now);
        return true;
    }

    /// <summary>Hands over the lines to become an order and leaves the cart empty.</summary>
    public IReadOnlyList<CartLine> CheckOut(DateTimeOffset now)
    {
        CheckRule(new CartMustNotBeEmptyRule(_lines.Count));
        var lines = _lines.ToList();
        _lines.Clear();
        Currency = null;
        Touch(now);
        return lines;
    }

    /// <summary>Checking out a cart that does not exist yet is checking out an empty cart.</summary>
    public static void CheckOutNothing() => CheckRule(new CartMustNotBeEmptyRule(0));

    private void Touch(DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
    }
}

internal sealed record CartLimits(int MaxLines, int MaxQuantityPerLine);
