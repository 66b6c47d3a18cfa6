using System.Net;
using ModularShop.Testing;

namespace ModularShop.Modules.Payments.Tests.Features;

/// <summary>An order's payment is shown to its customer and to admins; to anyone else it does not exist.</summary>
public sealed class GetPaymentTests(PaymentsShop fixture) : IClassFixture<PaymentsShop>
{
    private readonly TestShop _shop = fixture.Shop;

    [Fact]
    public async Task The_orders_customer_sees_its_payment()
    {
        var orderId = Guid.NewGuid();
        await _shop.AuthorizeAsync(orderId, "lara", Card.Approved, amount: 64.00m);
        using var lara = _shop.Customer("lara");

        var response = await lara.GetAsync($"/api/payments/{orderId}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var payment = await response.ReadAsync<PaymentBody>();
        (payment.OrderId, payment.Status, payment.Amount, payment.Currency).ShouldBe((orderId, "Authorized", 64.00m, "EUR"));
    }

    [Fact]
    public async Task An_admin_sees_any_customers_payment()
    {
        var orderId = Guid.NewGuid();
        await _shop.AuthorizeAsync(orderId, "milo", Card.Declined, amount: 12.90m);
        using var admin = _shop.Admin();

        var response = await admin.GetAsync($"/api/payments/{orderId}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadAsync<PaymentBody>()).ShouldBe(new PaymentBody(orderId, "Refused", 12.90m, "EUR", null, "The card was declined."));
    }

    [Fact]
    public async Task Another_customer_is_told_the_payment_does_not_exist()
    {
        var orderId = Guid.NewGuid();
        await _shop.AuthorizeAsync(orderId, "nora", Card.Approved);
        using var otto = _shop.Customer("otto");

        var response = await otto.GetAsync($"/api/payments/{orderId}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("auth_");
    }

    [Fact]
    public async Task Reading_a_payment_needs_a_signed_in_customer()
    {
        var orderId = Guid.NewGuid();
        await _shop.AuthorizeAsync(orderId, "pia", Card.Approved);
        using var anonymous = _shop.Anonymous();

        var response = await anonymous.GetAsync($"/api/payments/{orderId}");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_payment_of_an_unknown_order_is_a_404()
    {
        using var customer = _shop.Customer("pia");

        var response = await customer.GetAsync($"/api/payments/{Guid.NewGuid()}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
