using System.Globalization;
using Microsoft.Extensions.Configuration;
using ModularShop.BuildingBlocks.Configuration;
using ModularShop.BuildingBlocks.Messaging.Housekeeping;
using Wolverine;

namespace ModularShop.BuildingBlocks.Messaging;

/// <summary>How integration messages travel between modules.</summary>
public enum MessageTransport
{
    /// <summary>Durable local queues: every module runs in this process.</summary>
    Local,

    /// <summary>A RabbitMQ broker: modules may run in other processes, and any process may run any of them.</summary>
    RabbitMq,
}

/// <summary>The <c>Messaging</c> section, read and checked while the host is composed; the only reader of it.</summary>
/// <param name="Durability">Chosen by <c>Messaging:Durability</c>; null leaves the choice to the database (see <c>IModuleDatabase</c>).</param>
/// <param name="StaleNodeTimeout">How long after its last heartbeat a process sharing the message store is taken for dead.</param>
/// <param name="EnvelopeSchema"><c>Messaging:EnvelopeSchema</c>, the message store's schema on a database server; null for the default.</param>
public sealed record MessagingSettings(MessageTransport Transport, Uri? Broker, DurabilityMode? Durability, TimeSpan StaleNodeTimeout, string? EnvelopeSchema = null)
{
    public const string Section = "Messaging";

    /// <summary>The broker's address: <c>ConnectionStrings:RabbitMq</c>, an AMQP URI such as <c>amqp://user:password@host:5672/vhost</c>.</summary>
    public const string BrokerConnectionStringName = "RabbitMq";

    /// <summary>
    /// Above the few seconds a database restart takes, so that processes do not take each other for dead while it
    /// lasts; well below the checkout's shortest step timeout (30 s), so that a dead process's messages are taken over
    /// before an order waiting on them gives up.
    /// </summary>
    public static readonly TimeSpan DefaultStaleNodeTimeout = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan MinimumStaleNodeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>How often each process writes its heartbeat and checks the others': five times per stale-node timeout.</summary>
    public TimeSpan HeartbeatInterval => StaleNodeTimeout / 5;

    public static MessagingSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var transport = TransportOf(section["Transport"]);

        Uri? broker = null;
        if (transport == MessageTransport.RabbitMq)
        {
            var connection = configuration.GetConnectionString(BrokerConnectionStringName);
            if (string.IsNullOrWhiteSpace(connection)
                || !Uri.TryCreate(connection, UriKind.Absolute, out broker)
                || broker.Scheme is not ("amqp" or "amqps"))
            {
                throw new InvalidSettingException(
                    $"Messaging:Transport is RabbitMq, so ConnectionStrings:{BrokerConnectionStringName} must be an AMQP URI (amqp://user:password@host:5672/vhost).");
            }
        }

        var staleNodeTimeout = DefaultStaleNodeTimeout;
        if (section["StaleNodeTimeout"] is { } stale)
        {
            staleNodeTimeout = TimeSpan.TryParse(stale, CultureInfo.InvariantCulture, out var parsed) && parsed >= MinimumStaleNodeTimeout
                ? parsed
                : throw new InvalidSettingException($"Messaging:StaleNodeTimeout is '{stale}'; give a time of at least {MinimumStaleNodeTimeout:c}, longer than a restart of the database takes.");
        }

        var envelopeSchema = string.IsNullOrWhiteSpace(section["EnvelopeSchema"]) ? null : section["EnvelopeSchema"];
        return new MessagingSettings(transport, broker, DurabilityOf(section["Durability"]), staleNodeTimeout, envelopeSchema)
        {
            Retention = RetentionOf(configuration, staleNodeTimeout),
        };
    }

    /// <summary>How long handled messages are remembered and dead letters kept: see <see cref="MessageRetentionSettings"/>.</summary>
    public MessageRetentionSettings Retention { get; init; } = new();

    /// <summary>Wolverine deletes expired dead letters once an hour, so a dead letter may be replayed up to an hour past its expiry.</summary>
    private static readonly TimeSpan DeadLetterExpirySweep = TimeSpan.FromHours(1);

    /// <summary>
    /// The longest a copy of a handled message can take to come back other than as a dead letter: a crashed process
    /// is taken for dead after two missed stale-node timeouts, and a copy that fails is retried before it becomes a
    /// dead letter, which may then be replayed until it expires and the next sweep deletes it.
    /// </summary>
    private static TimeSpan RedeliveryWindowOf(TimeSpan staleNodeTimeout) =>
        (2 * staleNodeTimeout) + ModuleMessaging.RetrySchedule + DeadLetterExpirySweep;

    private static MessageRetentionSettings RetentionOf(IConfiguration configuration, TimeSpan staleNodeTimeout)
    {
        var retention = SettingsReader.Read<MessageRetentionSettings>(configuration, Section);
        var window = RedeliveryWindowOf(staleNodeTimeout);
        var shortest = retention.DeadLetterRetention + window;
        return retention.ProcessedMessageRetention >= shortest
            ? retention
            : throw new InvalidSettingException(
                $"{Section}:{nameof(MessageRetentionSettings.ProcessedMessageRetention)} is {retention.ProcessedMessageRetention:c}; give at least {shortest:c}, "
                + $"that is {Section}:{nameof(MessageRetentionSettings.DeadLetterRetention)} ({retention.DeadLetterRetention:c}) plus {window:c} (two {Section}:StaleNodeTimeout, the retries, "
                + "the hourly deletion of expired dead letters): a copy of a message that comes back before then, replayed from the dead letters or redelivered, must find it recorded as handled.");
    }

    private static MessageTransport TransportOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return MessageTransport.Local;
        }

        return Enum.TryParse<MessageTransport>(value, ignoreCase: true, out var transport) && Enum.IsDefined(transport)
            ? transport
            : throw new InvalidSettingException($"Messaging:Transport is '{value}'; it must be {string.Join(" or ", Enum.GetNames<MessageTransport>())}.");
    }

    /// <summary>
    /// <c>Messaging:Durability</c>: <c>Balanced</c> (the default on a database server, where several processes may share
    /// the message store) or <c>Solo</c> (one process, and never more: at its start it takes every message in the store).
    /// </summary>
    private static DurabilityMode? DurabilityOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return value.Equals(nameof(DurabilityMode.Solo), StringComparison.OrdinalIgnoreCase) ? DurabilityMode.Solo
            : value.Equals(nameof(DurabilityMode.Balanced), StringComparison.OrdinalIgnoreCase) ? DurabilityMode.Balanced
            : throw new InvalidSettingException($"Messaging:Durability must be Solo or Balanced; '{value}' is neither.");
    }
}
