using ModularShop.BuildingBlocks.Modules;

namespace ModularShop.BuildingBlocks.Messaging;

/// <summary>
/// Which module a stored message belongs to. An incoming message, a scheduled one and a dead letter belong to the
/// module whose queue received it: their <c>received_at</c> is that queue's listener address. An outgoing message has
/// only a destination, the exchange named after the message: it belongs to the module that owns the message, the
/// first part of its stable name (<c>catalog.product-created.v1</c> is Catalog's), whoever consumes it.
/// </summary>
public static class MessageOwnership
{
    /// <summary>The address Wolverine records as <c>received_at</c> for messages taken from the module's queue.</summary>
    public static string ListenerOf(ModuleDescriptor module, MessageTransport transport) => transport switch
    {
        MessageTransport.RabbitMq => $"rabbitmq://queue/{BrokerQueues.QueueOf(module)}",
        _ => $"local://{module.QueueName}/",
    };

    /// <summary>The module whose queue listens at <paramref name="listener"/>, or null for an address of no module's queue.</summary>
    public static ModuleDescriptor? ListeningAt(this ModuleCatalog catalog, string? listener, MessageTransport transport) =>
        listener is null
            ? null
            : catalog.All.FirstOrDefault(module => SameAddress(ListenerOf(module, transport), listener));

    /// <summary>The module that owns the message of this stable name, or null when the name is none of a module's.</summary>
    public static ModuleDescriptor? OwnerOfMessage(this ModuleCatalog catalog, string? messageName)
    {
        var dot = messageName?.IndexOf('.') ?? -1;
        return dot <= 0
            ? null
            : catalog.All.FirstOrDefault(module => string.Equals(module.Key, messageName![..dot], StringComparison.Ordinal));
    }

    private static bool SameAddress(string expected, string actual) =>
        string.Equals(expected.TrimEnd('/'), actual.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
