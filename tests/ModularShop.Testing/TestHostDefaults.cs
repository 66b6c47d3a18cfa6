namespace ModularShop.Testing;

/// <summary>Settings every test host gets on top of the shop's own defaults; a test's own settings come after them and win.</summary>
public static class TestHostDefaults
{
    /// <summary>
    /// Tests call a shop far faster than a real client would, and all from one loopback address: they would trip the
    /// shop's rate limits, which have tests of their own with limits those tests choose.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> Values { get; } = new Dictionary<string, string?>
    {
        ["RateLimiting:Reads:PermitLimit"] = "1000000",
        ["RateLimiting:Writes:PermitLimit"] = "1000000",
        ["RateLimiting:ExpensiveWrites:PermitLimit"] = "1000000",

        // No load balancer waits to see a test shop's readiness fail before it stops: a test that stops shops under
        // load chooses its own delay.
        ["Shutdown:DrainDelay"] = "00:00:00",
    };
}
