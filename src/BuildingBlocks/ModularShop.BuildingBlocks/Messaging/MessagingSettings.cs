using Microsoft.Extensions.Configuration;
using ModularShop.BuildingBlocks.Configuration;

namespace ModularShop.BuildingBlocks.Messaging;

/// <summary>How integration messages travel between modules.</summary>
public enum MessageTransport
{
    /// <summary>Durable local queues: every module runs in this process.</summary>
    Local,

    /// <summary>A RabbitMQ broker: modules may run in other processes, and any process may run any of them.</summary>
    RabbitMq,
}

/// <summary>The <c>Messaging</c> section, read and checked while the host is composed.</summary>
public sealed record MessagingSettings(MessageTransport Transport, Uri? Broker, TimeSpan? StaleNodeTimeout)
{
    public const string Section = "Messaging";

    /// <summary>The broker's address: <c>ConnectionStrings:RabbitMq</c>, an AMQP URI such as <c>amqp://user:password@host:5672/vhost</c>.</summary>
    public const string BrokerConnectionStringName = "RabbitMq";

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

        TimeSpan? staleNodeTimeout = null;
        if (section["StaleNodeTimeout"] is { } stale)
        {
            staleNodeTimeout = TimeSpan.TryParse(stale, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed >= TimeSpan.FromSeconds(2)
                ? parsed
                : throw new InvalidSettingException($"Messaging:StaleNodeTimeout is '{stale}'; give a time of at least 00:00:02.");
        }

        return new MessagingSettings(transport, broker, staleNodeTimeout);
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
}
