using System.Diagnostics;
using ModularShop.BuildingBlocks.Telemetry;
using OpenTelemetry;

namespace ModularShop.Host.Telemetry;

/// <summary>
/// Gives a span that does not say which module it belongs to the module of its parent in this process: a message
/// sent from a handler, an HTTP call made by a module, Wolverine's bookkeeping for a module's message.
/// </summary>
internal sealed class ModuleOfParentSpan : BaseProcessor<Activity>
{
    public override void OnStart(Activity data)
    {
        if (data.GetTagItem(ShopTelemetry.ModuleAttribute) is null && data.Parent?.GetTagItem(ShopTelemetry.ModuleAttribute) is string module)
        {
            data.SetTag(ShopTelemetry.ModuleAttribute, module);
        }
    }
}
