namespace ModularShop.Benchmarks.Report;

/// <summary>One measured figure, and the ceiling it is compared with when there is one, measured in the same run.</summary>
internal sealed record Figure(
    string Scenario,
    string Database,
    string Measure,
    double Value,
    string Unit,
    string? Ceiling = null,
    double? CeilingValue = null,
    string? Target = null)
{
    public double? Ratio => CeilingValue is > 0 ? Value / CeilingValue : null;
}
