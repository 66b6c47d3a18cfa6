using System.Diagnostics;

namespace ModularShop.BuildingBlocks.Telemetry;

/// <summary>
/// The names under which the shop's own spans and instruments are published. The host subscribes to them once; a
/// module gets its meter from <see cref="System.Diagnostics.Metrics.IMeterFactory"/> under <see cref="Name"/>, and
/// names its instruments <c>modularshop.&lt;what&gt;</c>, in OpenTelemetry's conventions, with a unit.
/// </summary>
public static class ShopTelemetry
{
    /// <summary>The name of the shop's ActivitySource and Meter.</summary>
    public const string Name = "ModularShop";

    /// <summary>The attribute naming the module on spans and on per-module measurements.</summary>
    public const string ModuleAttribute = "modularshop.module";

    /// <summary>The attribute naming an integration message by its stable name (<c>catalog.product-created.v1</c>).</summary>
    public const string MessageAttribute = "modularshop.message";

    public static readonly ActivitySource Source = new(Name);
}
