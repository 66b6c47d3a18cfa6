using System.Net;
using ModularShop.BuildingBlocks.Security;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests;

/// <summary>
/// A token's subject is the customer id in every module. One that no module could store (blank, too long, holding
/// U+0000) is refused as an invalid request naming <c>sub</c>, wherever it is used, and nothing is written.
/// </summary>
public sealed class CustomerIdTests : IAsyncLifetime
{
    private TestShop _shop = null!;

    public static TheoryData<string> UnusableSubjects => ["nul\u0000byte", " ", new string('x', CustomerIds.MaxLength + 1)];

    public static TheoryData<string> UsableSubjects => ["Zoë 山田 🙂", "مرحبا שלום", new string('s', CustomerIds.MaxLength)];

    public async Task InitializeAsync() => _shop = await Demo.StartShopAsync();

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [Theory]
    [MemberData(nameof(UnusableSubjects))]
    public async Task A_subject_no_module_can_store_is_a_400_naming_sub_in_every_module_and_writes_nothing(string subject)
    {
        using var customer = _shop.Customer(subject);
        await _shop.IdleAsync();
        var before = _shop.Database.Fingerprint();

        var answers = new[]
        {
            await customer.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.CeramicMug, quantity = 1 }),
            await customer.GetAsync("/api/cart"),
            await customer.GetAsync("/api/orders"),
            await customer.GetAsync($"/api/payments/{Guid.NewGuid()}"),
        };

        foreach (var answer in answers)
        {
            answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest, answer.RequestMessage!.RequestUri!.ToString());
            (await answer.ReadProblemAsync()).Errors!.Keys.ShouldBe(new[] { "sub" });
        }

        _shop.Database.Fingerprint().ChangedSince(before).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(UsableSubjects))]
    public async Task A_subject_of_up_to_200_characters_in_any_script_is_a_customer(string subject)
    {
        using var customer = _shop.Customer(subject);

        (await customer.PostJsonAsync("/api/cart/items", new { productId = DemoProducts.CeramicMug, quantity = 1 })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await (await customer.GetAsync("/api/cart")).ReadAsync<CartBody>()).CustomerId.ShouldBe(subject);
    }
}
