using Wolverine.Util;

namespace ModularShop.BuildingBlocks.Messaging;

/// <summary>
/// Teaches Wolverine our naming convention: a contract's wire name is its <c>MessageName</c> constant, not its
/// .NET type name. Wolverine keeps naming strategies process-wide; this one is a pure function of the type.
/// </summary>
internal sealed class ContractMessageNaming : IMessageTypeNaming
{
    public bool TryDetermineName(Type messageType, out string messageTypeName)
    {
        messageTypeName = MessageNames.Of(messageType)!;
        return messageTypeName is not null;
    }
}
