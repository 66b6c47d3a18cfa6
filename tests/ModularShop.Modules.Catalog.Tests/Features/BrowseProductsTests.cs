using System.Net;
using ModularShop.Testing;

namespace ModularShop.Modules.Catalog.Tests.Features;

public sealed class BrowseProductsTests(CatalogShop fixture) : IClassFixture<CatalogShop>
{
    private readonly HttpClient _anyone = fixture.Shop.Anonymous();

    public static TheoryData<string> RefusedSearches => [new string('a', 101), "mug\u0000"];

    [Fact]
    public async Task Anyone_browses_the_demo_catalog_by_name_one_page_at_a_time()
    {
        var first = await (await _anyone.GetAsync("/api/catalog/products")).ReadAsync<ProductPageBody>();
        var second = await (await _anyone.GetAsync("/api/catalog/products?page=2")).ReadAsync<ProductPageBody>();

        first.Total.ShouldBe(DemoProducts.Count);
        first.PageSize.ShouldBe(20);
        first.Items.Count.ShouldBe(20);
        second.Items.Count.ShouldBe(4);
        var names = first.Items.Concat(second.Items).Select(product => product.Name).ToList();
        names.ShouldBe(names.Order(StringComparer.Ordinal).ToList());
        names.Distinct().Count().ShouldBe(DemoProducts.Count);
    }

    [Theory]
    [InlineData("mug", new[] { "MUG-CERAMIC-350", "MUG-ENAMEL-300" })]
    [InlineData("MUG", new[] { "MUG-CERAMIC-350", "MUG-ENAMEL-300" })]
    [InlineData("tea-", new[] { "TEA-ASSAM-250", "TEA-SENCHA-100" })]
    [InlineData("kettle", new[] { "KETTLE-GOOSE-1L" })]
    [InlineData("no such thing", new string[0])]
    public async Task Search_matches_name_or_sku_ignoring_case(string search, string[] skus)
    {
        var page = await (await _anyone.GetAsync($"/api/catalog/products?search={Uri.EscapeDataString(search)}")).ReadAsync<ProductPageBody>();

        page.Items.Select(product => product.Sku).Order().ShouldBe(skus.Order());
        page.Total.ShouldBe(skus.Length);
    }

    [Fact]
    public async Task The_total_counts_every_match_not_just_the_page()
    {
        var page = await (await _anyone.GetAsync("/api/catalog/products?search=e&pageSize=3")).ReadAsync<ProductPageBody>();

        page.Items.Count.ShouldBe(3);
        page.Total.ShouldBeGreaterThan(3);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=2147483647&pageSize=2", "page")]
    [InlineData("page=1073741825&pageSize=2", "page")]
    public async Task Paging_outside_the_limits_is_a_400_naming_the_parameter(string query, string field)
    {
        var response = await _anyone.GetAsync($"/api/catalog/products?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).Errors!.Keys.ShouldContain(field);
    }

    [Fact]
    public async Task The_last_page_a_query_can_skip_to_is_served_empty()
    {
        var page = await (await _anyone.GetAsync("/api/catalog/products?page=1073741824&pageSize=2")).ReadAsync<ProductPageBody>();

        page.Items.ShouldBeEmpty();
        page.Total.ShouldBeGreaterThanOrEqualTo(DemoProducts.Count);
    }

    [Theory]
    [MemberData(nameof(RefusedSearches))]
    public async Task A_search_longer_than_100_characters_or_with_the_character_u0000_is_refused_naming_search(string search)
    {
        var response = await _anyone.GetAsync($"/api/catalog/products?search={Uri.EscapeDataString(search)}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).Errors!.Keys.ShouldBe(new[] { "search" });
    }

    [Fact]
    public async Task A_page_that_is_not_a_number_is_a_400_that_says_so()
    {
        var response = await _anyone.GetAsync("/api/catalog/products?page=two");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadProblemAsync();
        problem.Detail!.ShouldContain("page");
        problem.Detail!.ShouldContain("two");
    }
}
