using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Modules;
using Wolverine;

namespace ModularShop.Testing;

/// <summary>
/// Delivers messages to one module exactly as the bus does: through the kernel's consumer, under an envelope id.
/// Delivering the same envelope again is what at-least-once delivery does after a crash or a lost ack.
/// </summary>
public sealed class ModuleInbox<TModule>(TestShop shop) where TModule : IModule
{
    public async Task DeliverAsync<TMessage>(TMessage message, Guid? envelopeId = null) where TMessage : class
    {
        var consumer = ActivatorUtilities.CreateInstance<IntegrationEventConsumer<TModule, TMessage>>(shop.Services);
        var envelope = new Envelope { Id = envelopeId ?? Guid.NewGuid(), MessageType = MessageNames.Of(typeof(TMessage)), CorrelationId = $"{typeof(TModule).Name}-tests" };
        await consumer.Handle(message, envelope, CancellationToken.None);
    }
}
