using System.ComponentModel.DataAnnotations;

namespace ModularShop.Modules.Ordering;

/// <summary>The <c>Modules:Ordering</c> section: how long the checkout waits for each step before giving the order up.</summary>
internal sealed class OrderingOptions
{
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan StockReservationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longer than Payments' own wait for the provider, so a slow provider's refusal usually arrives first.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan PaymentAuthorizationTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
