using JasperFx.Core;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Persistence;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Util;

namespace ModularShop.BuildingBlocks.Messaging;

/// <summary>
/// Wolverine set up for a modular monolith: every consuming module has its own durable queue, every message is
/// stored with the transaction that caused it, and each module handles its copy of an event on its own.
/// </summary>
public static class ModuleMessaging
{
    public static void UseModuleMessaging(this WolverineOptions options, ModuleCatalog catalog, IModuleDatabase database)
    {
        database.ConfigureMessageStore(options);

        // Checkout steps time out by scheduled messages; look for due ones every second, not every few seconds.
        options.Durability.ScheduledJobPollingTime = 1.Seconds();

        // A module's handler of an event runs apart from other modules' handlers of the same event: its own queue,
        // transaction and retries. Fan-out copies share an id, so identity must include the destination.
        options.MultipleHandlerBehavior = MultipleHandlerBehavior.Separated;
        options.Durability.MessageIdentity = MessageIdentity.IdAndDestination;
        options.Policies.UseDurableLocalQueues();

        // Only the kernel's consumers are handlers, and every route is explicit: an event goes to the queue of each
        // module that consumes it, and nowhere else.
        options.Discovery.DisableConventionalDiscovery();
        options.Policies.DisableConventionalLocalRouting();

        // Messages are stored and sent under their stable names, and read back by them.
        WolverineMessageNaming.InsertFirst<ContractMessageNaming>();
        foreach (var messageType in MessageNames.DeclaredBy(catalog.All.Select(module => module.Assembly)))
        {
            options.RegisterMessageType(messageType, MessageNames.Of(messageType)!);
        }

        foreach (var module in catalog.Enabled)
        {
            // The generated handler code names the module's type, so the compiler needs its assembly.
            options.CodeGeneration.ReferenceAssembly(module.Assembly);
            var queue = options.LocalQueue(module.QueueName);
            foreach (var eventType in module.ConsumedEvents)
            {
                var consumer = typeof(IntegrationEventConsumer<,>).MakeGenericType(module.Module.GetType(), eventType);
                options.Discovery.IncludeType(consumer);
                queue.AddStickyHandler(consumer);
                options.PublishMessage(eventType).ToLocalQueue(module.QueueName);
            }
        }

        options.OnException<Exception>()
            .RetryWithCooldown(50.Milliseconds(), 250.Milliseconds(), 1.Seconds())
            .Then.ScheduleRetry(5.Seconds(), 30.Seconds())
            .Then.MoveToErrorQueue();
    }
}
