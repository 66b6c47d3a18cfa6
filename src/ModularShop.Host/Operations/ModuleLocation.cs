namespace ModularShop.Host.Operations;

/// <summary>Where a module runs, as seen by the process that answers: the values of <see cref="ModulePlacement.Runs"/>.</summary>
internal static class ModuleLocation
{
    public const string ThisProcess = "this-process";

    /// <summary>In another process: a service of its own, which this process may forward calls to.</summary>
    public const string Elsewhere = "elsewhere";
}
