using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.BuildingBlocks.Telemetry;
using Wolverine;

namespace ModularShop.BuildingBlocks.Messaging;

/// <summary>
/// Wolverine's handler for one module's subscription to one message. It is public and generic only because
/// Wolverine's generated code has to name it; the module's own handler stays internal and knows nothing of Wolverine.
/// Each attempt runs in a fresh scope and one transaction: skip if already handled, run the module's handler, record
/// the message as handled, commit together with anything the handler published. Each outcome is counted by module and
/// message in <see cref="MessageMetrics"/>.
/// </summary>
public sealed class IntegrationEventConsumer<TModule, TEvent>(
    IServiceScopeFactory scopes,
    ModuleCatalog catalog,
    MessageMetrics metrics,
    TimeProvider clock,
    ILogger<IntegrationEventConsumer<TModule, TEvent>> logger)
    where TModule : IModule
    where TEvent : class
{
    /// <summary>Attempts in place when a concurrent writer got there first, before the bus's own retry policy takes over.</summary>
    private static readonly ConcurrentChangeRetry ConflictRetry = new(Attempts: 5, MinimumPauseMilliseconds: 5, MaximumPauseMilliseconds: 25);

    private static readonly string MessageName = MessageNames.Of(typeof(TEvent)) ?? typeof(TEvent).Name;

    public async Task Handle(TEvent message, Envelope envelope, CancellationToken cancellationToken)
    {
        var module = catalog.Get(typeof(TModule));
        var messageId = DerivedMessageIds.IdOf(envelope);
        Activity.Current?.SetTag(ShopTelemetry.ModuleAttribute, module.Name);
        using var logScope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["Module"] = module.Name,
            ["CorrelationId"] = envelope.CorrelationId,
            ["MessageId"] = messageId,
            ["MessageType"] = envelope.MessageType,
        });

        try
        {
            await ConflictRetry.RunAsync(
                () => HandleOnceAsync(module, message, messageId, envelope, cancellationToken),
                attempt => logger.LogInformation("{Module} met a concurrent change while handling {MessageType} {MessageId}; trying again ({Attempt}/{Attempts})", module.Name, envelope.MessageType, messageId, attempt, ConflictRetry.Attempts),
                cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A stopping host's cancelled attempts are not failures: the message is handled after the restart.
            metrics.Failed(module.Name, MessageName);
            throw;
        }
    }

    private async Task HandleOnceAsync(ModuleDescriptor module, TEvent message, Guid messageId, Envelope envelope, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredKeyedService<IModuleOutbox>(module.Name);
        outbox.ContinueFrom(messageId, module.Name, envelope.CorrelationId);
        var alreadyHandled = await outbox.Db.ProcessedMessages.AnyAsync(processed => processed.MessageId == messageId, cancellationToken);
        if (alreadyHandled)
        {
            logger.LogInformation("{MessageType} {MessageId} was already handled by {Module}; skipping the duplicate", envelope.MessageType, messageId, module.Name);
            metrics.Duplicate(module.Name, MessageName);
            return;
        }

        var handler = scope.ServiceProvider.GetRequiredKeyedService<IIntegrationEventHandler<TEvent>>(module.Name);
        await handler.HandleAsync(message, cancellationToken);
        outbox.Db.ProcessedMessages.Add(new ProcessedMessage
        {
            MessageId = messageId,
            MessageType = envelope.MessageType ?? typeof(TEvent).Name,
            ProcessedAt = clock.GetUtcNow(),
        });
        await outbox.CommitAsync(cancellationToken);
        metrics.Handled(module.Name, MessageName);
        logger.LogDebug("{Module} handled {MessageType} {MessageId}", module.Name, envelope.MessageType, messageId);
    }
}
