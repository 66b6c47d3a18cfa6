namespace ModularShop.BuildingBlocks.Persistence;

/// <summary>
/// The shop's clock, in whole microseconds: the finest time PostgreSQL stores. A time the shop answers with, or
/// publishes, is then the same as the time it reads back from its database later, to the tick.
/// </summary>
public sealed class MicrosecondClock : TimeProvider
{
    public override DateTimeOffset GetUtcNow()
    {
        var now = TimeProvider.System.GetUtcNow();
        return now.AddTicks(-(now.UtcTicks % TimeSpan.TicksPerMicrosecond));
    }
}
