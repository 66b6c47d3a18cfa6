using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Persistence;
using Xunit;

namespace ModularShop.Testing;

/// <summary>
/// A test of modules running in several processes: they share a PostgreSQL database and a RabbitMQ broker. It runs
/// in the broker pass of <c>./build.sh test</c> and shows as skipped, with this reason, in the other passes.
/// </summary>
public sealed class BrokerFactAttribute : FactAttribute
{
    public BrokerFactAttribute()
    {
        if (TestDatabase.ProviderUnderTest != DatabaseProvider.PostgreSql || TestBroker.TransportUnderTest != MessageTransport.RabbitMq)
        {
            Skip = $"Runs with PostgreSQL and RabbitMQ: the third pass of ./build.sh test ({TestDatabase.ProviderVariable}=PostgreSql, {TestBroker.TransportVariable}=RabbitMq).";
        }
    }
}
