using System.Net;
using ModularShop.Testing;

namespace ModularShop.Modules.Cart.Tests.Features;

public sealed class CartSettingsTests
{
    [Fact]
    public async Task The_line_limit_comes_from_the_modules_own_settings()
    {
        await using var shop = await TestShop.StartAsync(settings =>
        {
            settings.SeedDemoProducts = true;
            settings.Values["Modules:Cart:MaxQuantityPerLine"] = "5";
        });
        using var customer = shop.Customer("vera");
        await Eventually.Until(
            async () => (await customer.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.Kettle, quantity = 5 })).IsSuccessStatusCode,
            "Cart to learn the demo kettle");

        var response = await customer.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.CeramicMug, quantity = 6 });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).Errors!["quantity"].ShouldBe(new[] { "must be between 1 and 5" });
    }
}
