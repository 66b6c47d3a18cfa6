namespace ModularShop.ArchitectureTests;

/// <summary>
/// Where the rules knowingly give way. Each entry needs a record in docs/architecture.md that says why; there is none
/// today.
/// </summary>
public static class DocumentedExceptions
{
    /// <summary>Module cycles that are accepted, each as the set of modules in the cycle.</summary>
    public static IReadOnlyList<IReadOnlySet<string>> Cycles { get; } = [];
}
