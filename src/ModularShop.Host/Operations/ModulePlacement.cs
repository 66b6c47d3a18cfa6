namespace ModularShop.Host.Operations;

/// <summary>Where every module of the shop runs, as the service that answers knows it.</summary>
/// <param name="Service">The service that answers: <c>modularshop</c>, or a service split out of it.</param>
internal sealed record ModulePlacements(string Service, IReadOnlyList<ModulePlacement> Modules);

/// <summary>Where one module runs.</summary>
/// <param name="Key">The module's key, as in <c>/api/operations/{key}</c>.</param>
/// <param name="Runs">A <see cref="ModuleLocation"/>.</param>
/// <param name="Instances">
/// For a module elsewhere, its instances as this process's gateway knows them; none when this process forwards no
/// calls to it. Null for a module in this process.
/// </param>
/// <param name="InstancesTakingCalls">How many of <see cref="Instances"/> the gateway sends calls to.</param>
internal sealed record ModulePlacement(string Name, string Key, string Runs, IReadOnlyList<ModuleInstance>? Instances, int? InstancesTakingCalls);

/// <summary>One instance of a module that runs elsewhere.</summary>
/// <param name="Health">As the gateway sees it: one of the words of <see cref="Gateway.InstanceHealth"/>.</param>
internal sealed record ModuleInstance(string Address, string Health);
