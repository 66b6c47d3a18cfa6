using System.Reflection;

namespace ModularShop.Host;

/// <summary>
/// What a service build of the host carries: built with <c>-p:ShopModules=Payments</c>, the host holds the Payments
/// module alone and runs as the Payments service by default. The shop's own build carries every module and says nothing.
/// </summary>
internal static class ServiceBuild
{
    public const string MetadataKey = "ModularShop.ServiceModules";

    public static string? CarriedModules { get; } = typeof(ServiceBuild).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(attribute => attribute.Key == MetadataKey)?.Value;
}
