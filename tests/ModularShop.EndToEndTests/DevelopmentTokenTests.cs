using System.Net;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests;

public sealed class DevelopmentTokenTests
{
    [Fact]
    public async Task In_development_anyone_gets_a_token_that_the_shop_accepts()
    {
        await using var shop = await TestShop.StartAsync(settings => settings.Environment = "Development");

        var response = await shop.Anonymous().PostJsonAsync("/dev/token", new { subject = "alice", roles = new[] { "admin" } });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = (await response.ReadAsync<TokenBody>()).Token;
        var created = await shop.WithToken(token).PostJsonAsync("/api/catalog/products", new { sku = "DEV-TOKEN", name = "Dev", price = 1m });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var cart = await shop.WithToken(token).GetAsync("/api/cart");
        (await cart.ReadAsync<CartBody>()).CustomerId.ShouldBe("alice");
    }

    [Fact]
    public async Task A_token_request_without_a_subject_is_a_400()
    {
        await using var shop = await TestShop.StartAsync(settings => settings.Environment = "Development");

        var blank = await shop.Anonymous().PostJsonAsync("/dev/token", new { subject = " ", roles = Array.Empty<string>() });
        var missing = await shop.Anonymous().PostJsonAsync("/dev/token", new { roles = new[] { "admin" } });

        blank.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await blank.ReadProblemAsync()).Errors!.Keys.ShouldBe(new[] { "subject" });
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.ReadProblemAsync()).Detail!.ShouldContain("subject");
    }

    [Fact]
    public async Task Outside_development_the_token_route_does_not_exist()
    {
        await using var shop = await TestShop.StartAsync();

        var response = await shop.Anonymous().PostJsonAsync("/dev/token", new { subject = "mallory", roles = new[] { "admin" } });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.ReadProblemAsync()).Status.ShouldBe(404);
    }

    private sealed record TokenBody(string Token);
}
