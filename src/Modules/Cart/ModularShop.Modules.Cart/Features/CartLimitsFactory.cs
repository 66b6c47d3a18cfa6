using ModularShop.Modules.Cart.Domain;

namespace ModularShop.Modules.Cart.Features;

internal static class CartLimitsFactory
{
    public static CartLimits ToLimits(this CartOptions options) => new(options.MaxLines, options.MaxQuantityPerLine);
}
