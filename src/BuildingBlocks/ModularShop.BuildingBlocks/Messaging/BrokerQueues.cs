using ModularShop.BuildingBlocks.Modules;
using Wolverine;
using Wolverine.RabbitMQ;
using Wolverine.RabbitMQ.Internal;

namespace ModularShop.BuildingBlocks.Messaging;

/// <summary>
/// Integration messages over RabbitMQ. Every message has a fanout exchange named after it, every module a durable
/// queue bound to the exchanges of the events it consumes. Each process declares the whole topology it knows of,
/// running modules or not, with the same arguments, so that no process can publish into an exchange whose consumers'
/// queues are not there yet, and no two processes disagree about a queue.
/// </summary>
internal static class BrokerQueues
{
    public const string QueuePrefix = "modularshop.";

    public static string QueueOf(ModuleDescriptor module) => QueuePrefix + module.QueueName;

    public static string ExchangeOf(Type messageType) => MessageNames.Of(messageType)!;

    public static void UseBrokerQueues(
        this WolverineOptions options,
        Uri broker,
        ModuleCatalog catalog,
        IReadOnlyList<Type> messageTypes,
        Dictionary<ModuleDescriptor, List<Type>> consumers)
    {
        var rabbit = options.UseRabbitMq(broker)
            .AutoProvision()
            // The outbox forgets a message once it is sent. Without confirms "sent" means "written to a socket", and a
            // process killed a moment later loses it; with them, a publish returns once the broker has stored it.
            .ConfigureChannelCreation(channel =>
            {
                channel.PublisherConfirmationsEnabled = true;
                channel.PublisherConfirmationTrackingEnabled = true;
            })
            // Dead letters stay in the message store, where the shop keeps them whatever the transport.
            .CustomizeDeadLetterQueueing(new DeadLetterQueue("modularshop.dead-letters", DeadLetterQueueMode.WolverineStorage));

        foreach (var messageType in messageTypes)
        {
            rabbit.DeclareExchange(ExchangeOf(messageType), exchange => exchange.ExchangeType = ExchangeType.Fanout);
        }

        foreach (var module in catalog.All)
        {
            var queue = QueueOf(module);
            rabbit.DeclareQueue(queue, declaration =>
            {
                // Replicated when the broker is a cluster. Messages are acknowledged once the inbox has them, so a
                // message comes back only when a process dies while taking it; fifty such returns mean a poison message.
                declaration.QueueType = QueueType.quorum;
                declaration.Arguments["x-delivery-limit"] = 50;
            });
            foreach (var eventType in module.ConsumedEvents)
            {
                rabbit.DeclareExchange(ExchangeOf(eventType), exchange => exchange.BindQueue(queue, ExchangeOf(eventType)));
            }
        }

        foreach (var messageType in messageTypes)
        {
            options.PublishMessage(messageType).ToRabbitExchange(ExchangeOf(messageType)).UseDurableOutbox();
        }

        foreach (var (module, moduleConsumers) in consumers)
        {
            var listener = options.ListenToRabbitQueue(QueueOf(module)).UseDurableInbox();
            foreach (var consumer in moduleConsumers)
            {
                listener.AddStickyHandler(consumer);
            }
        }
    }
}
