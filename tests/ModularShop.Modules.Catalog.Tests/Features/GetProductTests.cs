using System.Net;
using ModularShop.Testing;

namespace ModularShop.Modules.Catalog.Tests.Features;

public sealed class GetProductTests(CatalogShop fixture) : IClassFixture<CatalogShop>
{
    // A literal, not DemoProducts: the test pins the id itself, which a changed derivation would otherwise carry along.
    private static readonly Guid CeramicMug = Guid.Parse("b5e69998-e014-5fbc-be84-e8554702939c");
    private readonly HttpClient _anyone = fixture.Shop.Anonymous();

    [Fact]
    public async Task A_demo_product_has_the_same_id_everywhere()
    {
        var product = await (await _anyone.GetAsync($"/api/catalog/products/{CeramicMug}")).ReadAsync<ProductBody>();

        product.ShouldBe(new ProductBody(CeramicMug, "MUG-CERAMIC-350", "Ceramic Mug 350 ml", "A stoneware mug that keeps a flat white warm.", 12.90m, "EUR"));
    }

    [Fact]
    public async Task An_unknown_product_is_a_404_problem()
    {
        var id = Guid.NewGuid();

        var response = await _anyone.GetAsync($"/api/catalog/products/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problem = await response.ReadProblemAsync();
        problem.Title.ShouldBe("Product not found");
        problem.Detail!.ShouldContain(id.ToString());
    }

    [Fact]
    public async Task An_id_that_is_not_a_guid_matches_no_product()
    {
        var response = await _anyone.GetAsync("/api/catalog/products/not-a-guid");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
