using System.Globalization;
using System.Reflection;
using JasperFx;
using JasperFx.CodeGeneration;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Modules;
using Wolverine.Configuration;
using Wolverine.Runtime.Handlers;

namespace ModularShop.Host.HandlerCode;

/// <summary>
/// Names each consumer's generated type after its module and message, e.g. <c>CartHandlesCatalogProductCreatedV1</c>.
/// Wolverine's own name depends on how many handlers the message has in this process (after the message when one
/// module here consumes it, after the handler when several do), so a service carrying one module would look for a
/// type the shop's build does not have. Wolverine sets the name internally; the setter is reached by reflection.
/// </summary>
internal sealed class StableHandlerTypeNames(ModuleCatalog catalog) : IHandlerPolicy
{
    private static readonly MethodInfo? SetTypeName = typeof(HandlerChain).GetProperty(nameof(HandlerChain.TypeName))?.SetMethod;

    public void Apply(IReadOnlyList<HandlerChain> chains, GenerationRules rules, IServiceContainer container)
    {
        if (SetTypeName is null)
        {
            throw new InvalidOperationException("This version of Wolverine has no setter for HandlerChain.TypeName; the pre-generated handler code needs another way to stable type names.");
        }

        foreach (var chain in chains.Where(chain => chain.Handlers.Count == 1))
        {
            var handler = chain.Handlers[0].HandlerType;
            if (handler.IsGenericType && handler.GetGenericTypeDefinition() == typeof(IntegrationEventConsumer<,>))
            {
                SetTypeName.Invoke(chain, [NameFor(catalog.Get(handler.GetGenericArguments()[0]), handler.GetGenericArguments()[1])]);
            }
        }
    }

    /// <summary>The module's name, "Handles", and the message's stable name (or its type's name) in Pascal case.</summary>
    internal static string NameFor(ModuleDescriptor module, Type message)
    {
        var words = (MessageNames.Of(message) ?? message.Name).Split(['.', '-'], StringSplitOptions.RemoveEmptyEntries);
        return module.Name + "Handles" + string.Concat(words.Select(word => char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..]));
    }
}
