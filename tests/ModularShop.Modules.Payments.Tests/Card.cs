using System.Net;
using ModularShop.Modules.Payments.Contracts;
using ModularShop.Testing;

namespace ModularShop.Modules.Payments.Tests;

/// <summary>What the tests ask of Payments, as Ordering asks it, and where they look for the outcome.</summary>
internal static class Card
{
    public const string Approved = "tok_visa";
    public const string Declined = "tok_decline";
    public const string Silent = "tok_timeout";
    public const string CaptureDeclined = "tok_capture_decline";

    public static Task AuthorizeAsync(this TestShop shop, Guid orderId, string customerId, string token, decimal amount = 25.80m, Guid? envelopeId = null) =>
        shop.InboxOf<PaymentsModule>().DeliverAsync(new AuthorizePayment(orderId, customerId, amount, "EUR", token), envelopeId);

    public static Task VoidAsync(this TestShop shop, Guid orderId, string customerId, string reason = "Order cancelled", Guid? envelopeId = null) =>
        shop.InboxOf<PaymentsModule>().DeliverAsync(new VoidPayment(orderId, customerId, reason), envelopeId);

    public static Task CaptureAsync(this TestShop shop, Guid orderId, Guid? envelopeId = null) =>
        shop.InboxOf<PaymentsModule>().DeliverAsync(new CapturePayment(orderId), envelopeId);

    public static Task RefundAsync(this TestShop shop, Guid orderId, string reason = "Order returned", Guid? envelopeId = null) =>
        shop.InboxOf<PaymentsModule>().DeliverAsync(new RefundPayment(orderId, reason), envelopeId);

    /// <summary>
    /// The capture and refund answers Payments published while <paramref name="deliver"/> ran; no module consumes them
    /// yet, so they are seen as they leave rather than in an inbox.
    /// </summary>
    public static Task<IReadOnlyList<object>> AnswersWhileAsync(this TestShop shop, Func<Task> deliver) =>
        shop.PublishedWhileAsync(deliver, typeof(PaymentCaptured), typeof(PaymentCaptureFailed), typeof(PaymentRefunded));

    /// <summary>The payment as its customer sees it.</summary>
    public static async Task<PaymentBody> PaymentAsync(this TestShop shop, Guid orderId, string customerId)
    {
        using var customer = shop.Customer(customerId);
        var response = await customer.GetAsync($"/api/payments/{orderId}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.ReadAsync<PaymentBody>();
    }

    /// <summary>Every answer Payments published about the order, in no particular order.</summary>
    public static async Task<IReadOnlyList<object>> AnswersAboutAsync(this TestShop shop, Guid orderId)
    {
        var authorized = (await shop.PublishedAsync<PaymentAuthorized>()).Where(answer => answer.OrderId == orderId);
        var refused = (await shop.PublishedAsync<PaymentRefused>()).Where(answer => answer.OrderId == orderId);
        return [.. authorized, .. refused];
    }

    /// <summary>Waits until Payments has answered about the order <paramref name="count"/> times, and returns the answers.</summary>
    public static Task<IReadOnlyList<object>> AnswersAboutAsync(this TestShop shop, Guid orderId, int count) =>
        Eventually.Until(() => shop.AnswersAboutAsync(orderId), answers => answers.Count >= count, $"{count} answer(s) about order {orderId}");

    /// <summary>What the simulated provider booked under the order's key: rows, approved ones, voided ones.</summary>
    public static (long Rows, long Approved, long Voided) Ledger(this TestShop shop, Guid orderId)
    {
        var key = $"idempotency_key = '{orderId}'";
        return (
            shop.Database.Count("payments", "simulator_ledger", $"{key}"),
            shop.Database.Count("payments", "simulator_ledger", $"{key} AND approved = TRUE"),
            shop.Database.Count("payments", "simulator_ledger", $"{key} AND voided = TRUE"));
    }

    /// <summary>What the simulated provider took under the order's key, and what it paid back: 0 or 1 each.</summary>
    public static (long Captured, long Refunded) Takings(this TestShop shop, Guid orderId)
    {
        var key = $"idempotency_key = '{orderId}'";
        return (
            shop.Database.Count("payments", "simulator_ledger", $"{key} AND captured_at IS NOT NULL"),
            shop.Database.Count("payments", "simulator_ledger", $"{key} AND refunded_at IS NOT NULL"));
    }
}
