using Microsoft.Extensions.Configuration;
using ModularShop.BuildingBlocks.Configuration;
using ModularShop.BuildingBlocks.Messaging;

namespace ModularShop.EndToEndTests.Operations;

/// <summary><c>Messaging:RetryDelays</c>, the scheduled retries before a failing message becomes a dead letter, is checked at start.</summary>
public sealed class RetryDelaySettingTests
{
    [Fact]
    public void Without_the_setting_a_failing_message_is_tried_again_after_5_and_30_seconds() =>
        Read(null).ScheduledRetryDelays.ShouldBe([TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30)]);

    [Fact]
    public void The_delays_are_read_in_order() =>
        Read("00:00:00.100, 00:00:02").ScheduledRetryDelays.ShouldBe([TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(2)]);

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("00:00:00")]
    [InlineData("00:00:05,")]
    [InlineData("-00:00:05")]
    [InlineData("2.00:00:00")]
    public void A_delay_that_is_no_time_above_zero_and_within_a_day_stops_the_start(string value) =>
        Should.Throw<InvalidSettingException>(() => Read(value)).Message.ShouldContain("Messaging:RetryDelays");

    private static MessagingSettings Read(string? delays) =>
        MessagingSettings.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Messaging:RetryDelays"] = delays }).Build());
}
