using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Modules;
using Wolverine;
using Wolverine.Persistence.Durability;
using Wolverine.Transports;

namespace ModularShop.Testing;

/// <summary>
/// A message as a release before this one left it in a module's inbox: stored, JSON as it was sent, and owned by no
/// process, so whichever process runs the module's queue recovers and handles it.
/// </summary>
public static class LeftInTheInbox
{
    public static async Task StoreAsync(IServiceProvider services, string module, Guid envelopeId, string messageName, string json)
    {
        var owner = services.GetRequiredService<ModuleCatalog>().All.Single(candidate => candidate.Name == module);
        var envelope = new Envelope
        {
            Id = envelopeId,
            MessageType = messageName,
            ContentType = "application/json",
            Data = Encoding.UTF8.GetBytes(json),
            Destination = new Uri(MessageOwnership.ListenerOf(owner, TestBroker.TransportUnderTest)),
            Status = EnvelopeStatus.Incoming,
            OwnerId = TransportConstants.AnyNode,
            CorrelationId = "left-in-the-inbox",
        };
        await services.GetRequiredService<IMessageStore>().Inbox.StoreIncomingAsync(envelope);
    }
}
