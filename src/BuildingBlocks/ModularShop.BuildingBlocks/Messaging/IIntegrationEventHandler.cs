namespace ModularShop.BuildingBlocks.Messaging;

/// <summary>
/// Handles an integration event published by another module. The kernel calls it inside the consuming module's
/// transaction: what the handler changes in its DbContext, and what it publishes through <see cref="IOutbox{TDbContext}"/>,
/// is committed together with the record that the event was handled, so a redelivered event has no second effect.
/// A module has at most one handler per event type.
/// </summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : class
{
    Task HandleAsync(TEvent message, CancellationToken cancellationToken);
}
