using ModularShop.ArchitectureTests.Rules;
using ModularShop.BuildingBlocks.Messaging;

namespace ModularShop.ArchitectureTests.Contracts;

/// <summary>
/// A message as the code has it now: its name, its owner, the modules that handle it (an earlier version is handled
/// by the modules that handle a later one it upcasts to), and its shape.
/// </summary>
public sealed record CurrentMessage(string Name, string Owner, IReadOnlyList<string> HandledBy, WireShape Shape)
{
    /// <summary>Every named message of the modules' contracts, with the modules whose handlers take it.</summary>
    public static IReadOnlyList<CurrentMessage> In(IReadOnlyList<ModuleParts> modules)
    {
        var handled = modules
            .SelectMany(module => module.Implementation.Types.SelectMany(MessagesHandledBy).Select(message => (Message: message, module.Name)))
            .ToLookup(handler => handler.Message, handler => handler.Name);
        return modules
            .SelectMany(owner => owner.Contracts.Types
                .Where(type => type.IsPublic && MessageNames.Of(type) is not null)
                .Select(type => new CurrentMessage(MessageNames.Of(type)!, owner.Name, handled[type].Distinct().Order(StringComparer.Ordinal).ToList(), WireShape.Of(type))))
            .OrderBy(message => message.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<Type> MessagesHandledBy(Type handler) =>
        handler.GetInterfaces()
            .Where(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IIntegrationEventHandler<>))
            .Select(contract => contract.GetGenericArguments()[0])
            .SelectMany(message => MessageUpcasts.Into(message).Select(upcast => upcast.Earlier).Prepend(message));
}
