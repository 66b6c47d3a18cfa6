using Microsoft.Extensions.DependencyInjection;

namespace ModularShop.BuildingBlocks.Messaging;

/// <summary>
/// A module's handling of an earlier version of a message: read as the version the module handles, and given to its
/// handler of that one, in the same transaction and with the same record of the message as handled.
/// </summary>
internal sealed class UpcastingHandler<TEarlier, TLater>([ServiceKey] string module, IServiceProvider services) : IIntegrationEventHandler<TEarlier>
    where TEarlier : class
    where TLater : class
{
    private static readonly MessageUpcast Upcast = MessageUpcasts.Into(typeof(TLater)).Single(upcast => upcast.Earlier == typeof(TEarlier));

    public Task HandleAsync(TEarlier message, CancellationToken cancellationToken) =>
        services.GetRequiredKeyedService<IIntegrationEventHandler<TLater>>(module).HandleAsync((TLater)Upcast.Read(message), cancellationToken);
}
