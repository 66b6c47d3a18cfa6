using ModularShop.BuildingBlocks.Identifiers;
using Wolverine;

namespace ModularShop.BuildingBlocks.Messaging;

/// <summary>
/// A message published while another is handled gets an id derived from the handled message's id and its place
/// among what the handler published. Handling the same message again (after a crash, a lost ack or a replay) then
/// yields messages with the same ids, which the receivers' inboxes recognise as already seen.
/// </summary>
internal static class DerivedMessageIds
{
    public const string CauseHeader = "modularshop-cause-id";
    public const string SequenceHeader = "modularshop-cause-sequence";

    private static readonly Guid Namespace = new("3c9f1d62-8a3e-4b8c-9f0e-2f6a4d51c7b3");

    /// <summary>Runs for every outgoing envelope, on every endpoint.</summary>
    public static void Apply(Envelope envelope)
    {
        if (envelope.Headers.TryGetValue(CauseHeader, out var cause) && envelope.Headers.TryGetValue(SequenceHeader, out var sequence))
        {
            envelope.Id = For(cause!, sequence!, envelope.MessageType ?? "");
        }
    }

    public static Guid For(string cause, string sequence, string messageType) =>
        NameBasedGuid.Create(Namespace, $"{cause}/{sequence}/{messageType}");
}
