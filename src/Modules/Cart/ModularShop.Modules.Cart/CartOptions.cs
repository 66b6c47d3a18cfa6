using System.ComponentModel.DataAnnotations;

namespace ModularShop.Modules.Cart;

/// <summary>The <c>Modules:Cart</c> section.</summary>
internal sealed class CartOptions
{
    /// <summary>The most units of one product a cart line may hold.</summary>
    [Range(1, 10_000)]
    public int MaxQuantityPerLine { get; set; } = 99;

    /// <summary>The most different products one cart may hold.</summary>
    [Range(1, 1_000)]
    public int MaxLines { get; set; } = 50;
}
