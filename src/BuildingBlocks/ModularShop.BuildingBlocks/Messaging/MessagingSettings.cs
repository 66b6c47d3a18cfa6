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
/// <param name="RetryDelays"><c>Messaging:RetryDelays</c>, see <see cref="RetryDelaysOf"/>; null for <see cref="DefaultRetryDelays"/>.</param>
public sealed record MessagingSettings(MessageTransport Transport, Uri? Broker, DurabilityMode? Durability, TimeSpan StaleNodeTimeout, string? EnvelopeSchema = null, IReadOnlyList<TimeSpan>? RetryDelays = null)
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

    /// <summary>Reads the section and checks every key of it, reporting all wrong ones at once.</summary>
    public static MessagingSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var failures = new List<InvalidSettingException>();
        var transport = SettingsReader.Collect(() => TransportOf(section["Transport"]), MessageTransport.Local, failures);
        var broker = transport == MessageTransport.RabbitMq ? SettingsReader.Collect<Uri?>(() => BrokerOf(configuration), null, failures) : null;
        var staleNodeTimeout = SettingsReader.Collect(() => StaleNodeTimeoutOf(section["StaleNodeTimeout"]), DefaultStaleNodeTimeout, failures);
        var envelopeSchema = string.IsNullOrWhiteSpace(section["EnvelopeSchema"]) ? null : section["EnvelopeSchema"];
        var retryDelays = SettingsReader.Collect<IReadOnlyList<TimeSpan>?>(() => RetryDelaysOf(section["RetryDelays"]), null, failures);
        var durability = SettingsReader.Collect<DurabilityMode?>(() => DurabilityOf(section["Durability"]), null, failures);
        var retention = SettingsReader.Collect(() => SettingsReader.Read<MessageRetentionSettings>(configuration, Section), failures);
        if (retention is not null && failures.Count == 0)
        {
            // The window depends on the other keys: only checked once they are right.
            SettingsReader.Collect(() => CheckRetention(retention, staleNodeTimeout, retryDelays ?? DefaultRetryDelays), failures);
        }

        SettingsReader.ThrowIfAny(failures);
        return new MessagingSettings(transport, broker, durability, staleNodeTimeout, envelopeSchema, retryDelays) { Retention = retention! };
    }

    private static Uri BrokerOf(IConfiguration configuration)
    {
        var connection = configuration.GetConnectionString(BrokerConnectionStringName);
        return !string.IsNullOrWhiteSpace(connection)
            && Uri.TryCreate(connection, UriKind.Absolute, out var broker)
            && broker.Scheme is ("amqp" or "amqps")
                ? broker
                : throw new InvalidSettingException(
                    $"Messaging:Transport is RabbitMq, so ConnectionStrings:{BrokerConnectionStringName} must be an AMQP URI (amqp://user:password@host:5672/vhost).");
    }

    private static TimeSpan StaleNodeTimeoutOf(string? value)
    {
        if (value is null)
        {
            return DefaultStaleNodeTimeout;
        }

        return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var parsed) && parsed >= MinimumStaleNodeTimeout
            ? parsed
            : throw new InvalidSettingException($"Messaging:StaleNodeTimeout is '{value}'; give a time of at least {MinimumStaleNodeTimeout:c}, longer than a restart of the database takes.");
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
    private static TimeSpan RedeliveryWindowOf(TimeSpan staleNodeTimeout, IReadOnlyList<TimeSpan> retryDelays) =>
        (2 * staleNodeTimeout) + ModuleMessaging.RetryScheduleWith(retryDelays) + DeadLetterExpirySweep;

    private static MessageRetentionSettings CheckRetention(MessageRetentionSettings retention, TimeSpan staleNodeTimeout, IReadOnlyList<TimeSpan> retryDelays)
    {
        var window = RedeliveryWindowOf(staleNodeTimeout, retryDelays);
        var shortest = retention.DeadLetterRetention + window;
        return retention.ProcessedMessageRetention >= shortest
            ? retention
            : throw new InvalidSettingException(
                $"{Section}:{nameof(MessageRetentionSettings.ProcessedMessageRetention)} is {retention.ProcessedMessageRetention:c}; give at least {shortest:c}, "
                + $"that is {Section}:{nameof(MessageRetentionSettings.DeadLetterRetention)} ({retention.DeadLetterRetention:c}) plus {window:c} (two {Section}:StaleNodeTimeout, the retries, "
                + "the hourly deletion of expired dead letters): a copy of a message that comes back before then, replayed from the dead letters or redelivered, must find it recorded as handled.");
    }

    /// <summary>A message whose handler still fails after the quick retries is tried again after each of these delays, then becomes a dead letter.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultRetryDelays = [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30)];

    public static readonly TimeSpan MaximumRetryDelay = TimeSpan.FromDays(1);

    /// <summary>The delays of the scheduled retries in effect.</summary>
    public IReadOnlyList<TimeSpan> ScheduledRetryDelays => RetryDelays ?? DefaultRetryDelays;

    /// <summary><c>Messaging:RetryDelays</c>: the delays of the scheduled retries, comma-separated (<c>00:00:05,00:00:30</c>).</summary>
    private static List<TimeSpan>? RetryDelaysOf(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var delays = new List<TimeSpan>();
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries))
        {
            delays.Add(TimeSpan.TryParse(part, CultureInfo.InvariantCulture, out var delay) && delay > TimeSpan.Zero && delay <= MaximumRetryDelay
                ? delay
                : throw new InvalidSettingException(
                    $"Messaging:RetryDelays is '{value}'; give one or more times, comma-separated, each above zero and at most {MaximumRetryDelay:c} (for example 00:00:05,00:00:30)."));
        }

        return delays;
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
