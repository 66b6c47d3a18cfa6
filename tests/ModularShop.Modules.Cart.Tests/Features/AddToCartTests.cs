using System.Net;
using System.Text.Json;
using ModularShop.Testing;

namespace ModularShop.Modules.Cart.Tests.Features;

/// <summary>POST /cart {"item_id", "quantity"}: the call from the shop's original design notes.</summary>
public sealed class AddToCartTests(CartShop fixture) : IClassFixture<CartShop>
{
    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task The_original_call_adds_to_the_callers_cart_and_answers_a_message()
    {
        using var erin = _shop.Customer("erin");

        var response = await erin.PostRawAsync("/cart", $$"""{"item_id": "{{DemoProducts.CeramicMug}}", "quantity": 2}""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.EnumerateObject().Select(property => property.Name).ShouldBe(new[] { "message" });
        body.RootElement.GetProperty("message").GetString().ShouldBe("Added 2 units of Ceramic Mug 350 ml to your cart; you now have 2 of it and 2 items in all.");
        var cart = await (await erin.GetAsync("/api/cart")).ReadAsync<CartBody>();
        cart.Lines.ShouldHaveSingleItem().ShouldBe(new CartLineBody(DemoProducts.CeramicMug, "MUG-CERAMIC-350", "Ceramic Mug 350 ml", 12.90m, 2, 25.80m));
    }

    [Fact]
    public async Task Calling_it_again_adds_to_the_same_line()
    {
        using var frank = _shop.Customer("frank");

        await frank.PostRawAsync("/cart", $$"""{"item_id": "{{DemoProducts.CeramicMug}}", "quantity": 2}""");
        var response = await frank.PostRawAsync("/cart", $$"""{"item_id": "{{DemoProducts.CeramicMug}}", "quantity": 1}""");

        (await response.ReadAsync<Answer>()).Message.ShouldBe("Added 1 unit of Ceramic Mug 350 ml to your cart; you now have 3 of it and 3 items in all.");
        (await (await frank.GetAsync("/api/cart")).ReadAsync<CartBody>()).Lines.ShouldHaveSingleItem().Quantity.ShouldBe(3);
    }

    [Theory]
    [InlineData("0", "quantity")]
    [InlineData("-2", "quantity")]
    [InlineData("100", "quantity")]
    public async Task A_quantity_outside_1_to_99_is_a_400_and_the_cart_is_untouched(string quantity, string field)
    {
        using var gina = _shop.Customer($"gina-{quantity}");

        var response = await gina.PostRawAsync("/cart", $$"""{"item_id": "{{DemoProducts.CeramicMug}}", "quantity": {{quantity}}}""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).Errors!.Keys.ShouldBe(new[] { field });
        (await (await gina.GetAsync("/api/cart")).ReadAsync<CartBody>()).Lines.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unknown_product_is_a_404_and_the_cart_is_untouched()
    {
        using var hank = _shop.Customer("hank");
        var unknown = Guid.NewGuid();

        var response = await hank.PostRawAsync("/cart", $$"""{"item_id": "{{unknown}}", "quantity": 1}""");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.ReadProblemAsync()).Detail!.ShouldContain(unknown.ToString());
        (await (await hank.GetAsync("/api/cart")).ReadAsync<CartBody>()).Lines.ShouldBeEmpty();
    }

    public static TheoryData<string, string> MisshapenBodies { get; } = new()
    {
        { """{"quantity": 1}""", "item_id" },
        { """{"item_id": "00000000-0000-0000-0000-000000000000", "quantity": 1}""", "item_id" },
        { """{"item_id": "mug", "quantity": 1}""", "$.item_id" },
        { """{"item_id": 42, "quantity": 1}""", "$.item_id" },
        { $$"""{"item_id": "{{DemoProducts.CeramicMug}}", "quantity": "two"}""", "$.quantity" },
        { $$"""{"item_id": "{{DemoProducts.CeramicMug}}", "quantity": 1.5}""", "$.quantity" },
        { $$"""{"item_id": "{{DemoProducts.CeramicMug}}" """, "JSON" },
        { """not json at all""", "JSON" },
    };

    [Theory]
    [MemberData(nameof(MisshapenBodies))]
    public async Task A_body_that_is_not_the_promised_shape_is_a_400_that_says_why(string body, string mentioned)
    {
        using var ivan = _shop.Customer("ivan");

        var response = await ivan.PostRawAsync("/cart", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadProblemAsync();
        (problem.Detail + string.Join(' ', problem.Errors?.Keys.ToArray() ?? [])).ShouldContain(mentioned);
        (await (await ivan.GetAsync("/api/cart")).ReadAsync<CartBody>()).Lines.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_empty_body_is_a_400()
    {
        using var jane = _shop.Customer("jane");

        var response = await jane.PostRawAsync("/cart", "");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_oversized_body_is_a_413()
    {
        using var jane = _shop.Customer("jane-big");

        var response = await jane.PostRawAsync("/cart", $$"""{"item_id": "{{DemoProducts.CeramicMug}}", "quantity": 1, "note": "{{new string('x', 70_000)}}"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await (await jane.GetAsync("/api/cart")).ReadAsync<CartBody>()).Lines.ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_a_valid_token_nothing_is_added()
    {
        var body = $$"""{"item_id": "{{DemoProducts.CeramicMug}}", "quantity": 1}""";

        var anonymous = await _shop.Anonymous().PostRawAsync("/cart", body);
        var expired = await _shop.WithToken(TestTokens.Expired("kim")).PostRawAsync("/cart", body);

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        expired.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.ReadProblemAsync()).Title.ShouldBe("Authentication required");
        (await (await _shop.Customer("kim").GetAsync("/api/cart")).ReadAsync<CartBody>()).Lines.ShouldBeEmpty();
    }

    private sealed record Answer(string Message);
}
