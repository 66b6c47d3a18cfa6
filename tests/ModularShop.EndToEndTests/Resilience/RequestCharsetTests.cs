using System.Net;
using System.Text;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Resilience;

/// <summary>
/// A JSON body is read in the charset its Content-Type names. One .NET does not know is a 415 problem that names
/// it, and nothing is written; a known one is read as the client wrote it.
/// </summary>
public sealed class RequestCharsetTests : IAsyncLifetime
{
    private TestShop _shop = null!;

    public async Task InitializeAsync() => _shop = await Demo.StartShopAsync();

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [Theory]
    [InlineData("application/json; charset=nonsense")]
    [InlineData("application/json; charset=\"x-unknown\"")]
    [InlineData("application/json; charset=")]
    public async Task A_body_in_a_charset_nobody_knows_is_a_415_problem_and_writes_nothing(string contentType)
    {
        using var customer = _shop.Customer("charlotte");
        await _shop.IdleAsync();
        var before = _shop.Database.Fingerprint();

        using var answer = await customer.PostAsync("/api/cart/items", Body($$"""{"productId": "{{DemoProducts.CeramicMug}}", "quantity": 1}""", Encoding.UTF8, contentType));

        answer.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        answer.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await answer.ReadProblemAsync()).Detail!.ShouldContain("charset");
        _shop.Database.Fingerprint().ChangedSince(before).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_body_in_a_charset_dotnet_knows_is_read_in_it()
    {
        using var admin = _shop.Admin();

        using var answer = await admin.PostAsync("/api/catalog/products", Body("""{"sku": "CAFE-1", "name": "Café crème", "price": 3.5}""", Encoding.Latin1, "application/json; charset=iso-8859-1"));

        answer.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await answer.ReadAsync<ProductBody>()).Name.ShouldBe("Café crème");
    }

    private static ByteArrayContent Body(string json, Encoding encoding, string contentType)
    {
        var content = new ByteArrayContent(encoding.GetBytes(json));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }
}
