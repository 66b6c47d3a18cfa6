using JasperFx.Core;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Persistence;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Util;

namespace ModularShop.BuildingBlocks.Messaging;

/// <summary>
/// Wolverine set up for a modular monolith: every consuming module has its own durable queue, every message is
/// stored with the transaction that caused it, and each module handles its copy of an event on its own. Where the
/// queues are (in this process, or on a broker shared with other processes) is the transport's business alone.
/// </summary>
public static class ModuleMessaging
{
    private static readonly Lock NamingLock = new();
    private static bool _contractNamesInstalled;

    /// <summary>
    /// Wolverine keeps its naming strategies in one list per process, which it reads and changes without a lock: a
    /// host built while another changes the list can fail to start. Call this before a host creates its Wolverine
    /// options; the first call changes the list, and the others wait for it.
    /// </summary>
    public static void InstallContractNames()
    {
        lock (NamingLock)
        {
            if (!_contractNamesInstalled)
            {
                WolverineMessageNaming.InsertFirst<ContractMessageNaming>();
                _contractNamesInstalled = true;
            }
        }
    }

    public static void UseModuleMessaging(this WolverineOptions options, ModuleCatalog catalog, IModuleDatabase database, MessagingSettings settings)
    {
        options.ServiceName = catalog.ServiceName;
        database.ConfigureMessageStore(options);

        // A version 7 id carries the moment it was made: the oldest message waiting in a store is the one with the
        // smallest id, and its age is read from the id (see EnvelopeIds), with no column of Wolverine's to add.
        options.EnvelopeIdGeneration = EnvelopeIdGeneration.GuidV7;

        // Checkout steps time out by scheduled messages; look for due ones every second, not every few seconds. The
        // same agent recovers a dead process's messages: it starts a moment after this process is up, not up to five
        // seconds later at random, as Wolverine's default would have it.
        options.Durability.ScheduledJobPollingTime = 1.Seconds();
        options.Durability.ScheduledJobFirstExecution = 500.Milliseconds();
        // Processes sharing a message store (Balanced) write a heartbeat and check each other's every few seconds; one
        // whose heartbeat is older than the stale-node timeout, twice in a row, is taken for dead and its messages
        // go to the others. Wolverine's own defaults (10 s and 60 s) leave a crashed process's orders waiting for more
        // than a minute, past the checkout's step timeouts.
        options.Durability.StaleNodeTimeout = settings.StaleNodeTimeout;
        options.Durability.HealthCheckPollingTime = settings.HeartbeatInterval;
        options.Durability.FirstHealthCheckExecution = TimeSpan.FromSeconds(1);

        // Dead letters expire, or they would pile up for ever. The expiry is stamped on each dead letter as it is
        // stored, so a change applies to new dead letters only. Handled-message records outlive them (MessagingSettings).
        options.Durability.DeadLetterQueueExpirationEnabled = true;
        options.Durability.DeadLetterQueueExpiration = settings.Retention.DeadLetterRetention;

        // A module's handler of an event runs apart from other modules' handlers of the same event: its own queue,
        // transaction and retries. Fan-out copies share an id, so identity must include the destination.
        options.MultipleHandlerBehavior = MultipleHandlerBehavior.Separated;
        options.Durability.MessageIdentity = MessageIdentity.IdAndDestination;

        // Only the kernel's consumers are handlers, and every route is explicit: an event goes to the queue of each
        // module that consumes it, and nowhere else.
        options.Discovery.DisableConventionalDiscovery();
        options.Policies.DisableConventionalLocalRouting();

        // Messages are stored and sent under their stable names, and read back by them.
        InstallContractNames();
        var messageTypes = MessageNames.DeclaredBy(catalog.All.Select(module => module.Assembly));
        foreach (var messageType in messageTypes)
        {
            options.RegisterMessageType(messageType, MessageNames.Of(messageType)!);
        }

        var consumers = catalog.Enabled.ToDictionary(module => module, module => ConsumersOf(options, module));
        if (settings.Transport == MessageTransport.RabbitMq)
        {
            options.UseBrokerQueues(settings.Broker!, catalog, messageTypes, consumers);
        }
        else
        {
            options.UseLocalQueues(consumers);
        }

        options.OnException<Exception>()
            .RetryWithCooldown(RetriesInPlace)
            .Then.ScheduleRetry(settings.ScheduledRetryDelays.ToArray())
            .Then.MoveToErrorQueue();
    }

    /// <summary>A failed message is retried at once a few times, then later from the store, then it is a dead letter.</summary>
    private static readonly TimeSpan[] RetriesInPlace = [50.Milliseconds(), 250.Milliseconds(), 1.Seconds()];

    /// <summary>How long a failing message is retried before it becomes a dead letter, with these scheduled retries.</summary>
    internal static TimeSpan RetryScheduleWith(IEnumerable<TimeSpan> scheduledRetries) =>
        RetriesInPlace.Concat(scheduledRetries).Aggregate(TimeSpan.Zero, (sum, delay) => sum + delay);

    /// <summary>The kernel's consumer of each event the module handles; each runs only on the module's own queue.</summary>
    private static List<Type> ConsumersOf(WolverineOptions options, ModuleDescriptor module)
    {
        var consumers = module.ConsumedEvents
            .Select(eventType => typeof(IntegrationEventConsumer<,>).MakeGenericType(module.Module.GetType(), eventType))
            .ToList();
        foreach (var consumer in consumers)
        {
            options.Discovery.IncludeType(consumer);
        }

        return consumers;
    }

    private static void UseLocalQueues(this WolverineOptions options, Dictionary<ModuleDescriptor, List<Type>> consumers)
    {
        options.Policies.UseDurableLocalQueues();
        foreach (var (module, moduleConsumers) in consumers)
        {
            var queue = options.LocalQueue(module.QueueName);
            foreach (var consumer in moduleConsumers)
            {
                queue.AddStickyHandler(consumer);
            }

            foreach (var eventType in module.ConsumedEvents)
            {
                options.PublishMessage(eventType).ToLocalQueue(module.QueueName);
            }
        }
    }
}
