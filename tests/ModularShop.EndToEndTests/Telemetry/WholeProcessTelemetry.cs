namespace ModularShop.EndToEndTests.Telemetry;

/// <summary>
/// A meter and an activity source are heard by their names in the whole process: a scraped or exporting test shop
/// would also count, and export, what every other shop of the test run does at the same time, and an exporter's
/// queue would overflow with their spans. These tests run alone, after the others.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WholeProcessTelemetry
{
    public const string Name = "Whole-process telemetry";
}
