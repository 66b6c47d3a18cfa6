using ModularShop.BuildingBlocks.Modules;

namespace ModularShop.BuildingBlocks.Messaging;

/// <summary>One handler of an integration event in a module's assembly.</summary>
/// <param name="Implementation">The handler class.</param>
/// <param name="Contract">The <see cref="IIntegrationEventHandler{TEvent}"/> it implements.</param>
/// <param name="Event">The event it handles.</param>
internal sealed record IntegrationEventHandlerType(Type Implementation, Type Contract, Type Event);

internal static class IntegrationEventHandlers
{
    /// <summary>
    /// The module's handlers, found by reflection alone, so that what a module consumes is known whether or not it
    /// runs in this process (its queue and bindings are declared either way). A handler of a message also handles
    /// the message's earlier versions, through their upcasts (<see cref="MessageUpcasts"/>).
    /// </summary>
    public static IReadOnlyList<IntegrationEventHandlerType> FoundIn(ModuleDescriptor module)
    {
        var own = module.Types
            .SelectMany(type => type.GetInterfaces()
                .Where(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IIntegrationEventHandler<>))
                .Select(contract => new IntegrationEventHandlerType(type, contract, contract.GetGenericArguments()[0])))
            .ToList();
        var handlers = own
            .Concat(own.SelectMany(handler => MessageUpcasts.Into(handler.Event)).Select(Upcasting))
            .OrderBy(handler => handler.Event.FullName, StringComparer.Ordinal)
            .ToList();

        var twice = handlers.GroupBy(handler => handler.Event).FirstOrDefault(group => group.Count() > 1);
        if (twice is not null)
        {
            throw new InvalidOperationException(
                $"Module {module.Name} has more than one handler of {twice.Key.Name} ({string.Join(", ", twice.Select(handler => handler.Implementation.Name))}); a module handles an event in one place, and an earlier version of one it handles through the upcast to it.");
        }

        return handlers;
    }

    private static IntegrationEventHandlerType Upcasting(MessageUpcast upcast) =>
        new(typeof(UpcastingHandler<,>).MakeGenericType(upcast.Earlier, upcast.Later), typeof(IIntegrationEventHandler<>).MakeGenericType(upcast.Earlier), upcast.Earlier);
}
