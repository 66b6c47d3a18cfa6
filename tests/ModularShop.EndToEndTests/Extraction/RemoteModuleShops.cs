using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Extraction;

/// <summary>Shops of the gateway tests: a service that runs one module, and a shop that forwards that module to given instances.</summary>
internal static class RemoteModuleShops
{
    /// <summary>A service that runs one module, on a database of its own.</summary>
    public static Task<TestShop> ServiceAsync(string module) =>
        TestShop.StartAsync(settings =>
        {
            settings.Values["Modules:Run"] = module;

            // Its own database, so the service's message store may have the shop's usual name there.
            settings.Values["Messaging:EnvelopeSchema"] = "wolverine";
        });

    /// <param name="healthCheckInterval">How often the gateway probes the instances: half a second unless a test needs it not to notice.</param>
    public static Task<TestShop> ShopWithRemoteAsync(string module, Uri[] instances, string healthCheckInterval = "00:00:00.500") =>
        TestShop.StartAsync(settings =>
        {
            settings.Values[$"Modules:{module}:Enabled"] = "false";
            for (var index = 0; index < instances.Length; index++)
            {
                settings.Values[$"Services:{module.ToLowerInvariant()}:http:{index}"] = instances[index].ToString();
            }

            settings.Values["Gateway:HealthCheckInterval"] = healthCheckInterval;
        });
}
