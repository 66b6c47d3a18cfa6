using Wolverine.Runtime.Handlers;

namespace ModularShop.Host.HandlerCode;

/// <summary>
/// What Wolverine reads instead of scanning assemblies for handlers and messages when it loads pre-generated code. It
/// names none: every handler is a kernel consumer named to Wolverine one by one (ModuleMessaging), and every message is
/// registered by its contract name. Public because Wolverine finds it among the host's exported types.
/// </summary>
public sealed class ModuleHandlerRegistry : HandlerRegistry
{
    public override Type[] HandlerTypes() => [];

    public override Type[] MessageTypes() => [];
}
