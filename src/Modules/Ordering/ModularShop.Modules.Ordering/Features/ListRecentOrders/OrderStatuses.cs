using ModularShop.Modules.Ordering.Domain;

namespace ModularShop.Modules.Ordering.Features.ListRecentOrders;

internal static class OrderStatuses
{
    public static IEnumerable<string> Names => Enum.GetNames<OrderStatus>();

    /// <summary>
    /// The status named, in any case; none for no name or a name no status has. By the names alone, because
    /// Enum.TryParse would also take "2", "99" or "Pending, Confirmed".
    /// </summary>
    public static OrderStatus? Find(string? name) =>
        Enum.GetValues<OrderStatus>().Select(status => (OrderStatus?)status).FirstOrDefault(status => string.Equals(status.ToString(), name, StringComparison.OrdinalIgnoreCase));
}
