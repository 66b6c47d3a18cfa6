using ModularShop.BuildingBlocks.Identifiers;
using Wolverine;

namespace ModularShop.BuildingBlocks.Messaging;

/// <summary>
/// Every message has an id that the consuming module records once handled. A message published while another is
/// handled gets an id derived from the handled message's id and its place among what the handler published, carried
/// in a header. Handling the same message again (after a crash, a lost acknowledgement or a replay) can then only
/// produce messages with the same ids, which their consumers recognise as already handled.
/// </summary>
public static class DerivedMessageIds
{
    public const string Header = "modularshop-message-id";

    private static readonly Guid Namespace = new("3c9f1d62-8a3e-4b8c-9f0e-2f6a4d51c7b3");

    /// <summary>
    /// The id of the <paramref name="position"/>-th message (from 1) that <paramref name="module"/> published while
    /// handling message <paramref name="causeId"/>. The module is part of it because every consuming module gets a
    /// copy of the cause, with the same id.
    /// </summary>
    public static Guid For(Guid causeId, string module, int position, string messageName) =>
        NameBasedGuid.Create(Namespace, $"{causeId}/{module}/{position}/{messageName}");

    /// <summary>The message's id: the derived one when it has one, otherwise the envelope's.</summary>
    public static Guid IdOf(Envelope envelope) =>
        envelope.Headers.TryGetValue(Header, out var derived) && Guid.TryParse(derived, out var id) ? id : envelope.Id;
}
