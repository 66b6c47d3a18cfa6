namespace ModularShop.BuildingBlocks.Modules;

/// <summary>Marks an endpoint with the module that owns it, so logs and metrics can say which module served a request.</summary>
public sealed record ModuleEndpointMetadata(string Module);
