using ModularShop.Modules.Inventory.Contracts;
using ModularShop.Modules.Inventory.Domain;

namespace ModularShop.Modules.Inventory.Features.Reservations;

/// <summary>What Inventory answers about a reservation: the same answer however often it is asked.</summary>
internal static class ReservationAnswers
{
    public static object For(Reservation reservation) => reservation.Status switch
    {
        ReservationStatus.Held or ReservationStatus.Committed => new StockReserved(reservation.OrderId),
        ReservationStatus.Refused => new StockReservationFailed(reservation.OrderId, reservation.Reason ?? "Out of stock."),
        _ => new StockReservationFailed(reservation.OrderId, "The order was cancelled before its stock could be reserved."),
    };
}
