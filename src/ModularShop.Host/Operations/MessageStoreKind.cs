namespace ModularShop.Host.Operations;

/// <summary>Where a message waits: the names are the values of the <c>modularshop.store</c> attribute and of the API's <c>store</c>.</summary>
internal static class MessageStoreKind
{
    /// <summary>Received by the module's queue and not handled yet (being handled, or due now).</summary>
    public const string Inbox = "inbox";

    /// <summary>Received, and to be handled later: a scheduled message, or a failed one waiting for its next retry.</summary>
    public const string Scheduled = "scheduled";

    /// <summary>Published by the module and not yet handed to the broker.</summary>
    public const string Outbox = "outbox";

    public static IReadOnlyList<string> All { get; } = [Inbox, Scheduled, Outbox];
}
